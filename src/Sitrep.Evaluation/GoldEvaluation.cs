using Sitrep.Coding;
using Sitrep.Dictionaries;
using Sitrep.Model;
using Sitrep.Pipeline;

namespace Sitrep.Evaluation;

/// <summary>
/// Events against the hand-coded gold set (eval/gold): per article, the distinct
/// (CAMEO root, actor1 country, governorate) triples, scored by precision and recall pooled over
/// the articles. The coding rules are in eval/gold/README.md.
/// </summary>
public sealed class GoldEvaluation
{
    public const string DefaultGoldPath = "eval/gold/fakes-dev-events.tsv";

    /// <summary>One event reduced to what the gold set codes.</summary>
    public readonly record struct Triple(string Root, string Actor1Country, string Admin1)
    {
        public override string ToString() => $"{Root} {Actor1Country,-3} {Admin1}";
    }

    /// <param name="Evidence">For each triple found, the trigger and sentence of the first event that gave it, to audit extras by.</param>
    public sealed record ArticleScore(FakesRow Row, HashSet<Triple> Gold, HashSet<Triple> Found, IReadOnlyDictionary<Triple, string>? Evidence = null);

    public required IReadOnlyList<ArticleScore> Articles { get; init; }

    public int TruePositives => Articles.Sum(a => a.Found.Count(a.Gold.Contains));

    public double Precision => Ratio(TruePositives, Articles.Sum(a => a.Found.Count));

    public double Recall => Ratio(TruePositives, Articles.Sum(a => a.Gold.Count));

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;

    /// <summary>Reads the gold TSV: unit_id, root, actor1_country, admin1, note; a root of "-" lists an article with nothing to code.</summary>
    public static Dictionary<string, HashSet<Triple>> ReadGold(string path)
    {
        using var reader = new StreamReader(path);
        var table = TsvTable.Parse(path, reader);
        var gold = new Dictionary<string, HashSet<Triple>>();
        foreach (var row in table.Rows)
        {
            string id = table.Get(row, "unit_id");
            if (!gold.TryGetValue(id, out var set))
                gold[id] = set = [];
            // A root of "-" marks an article coded as reporting nothing: it is scored, with no gold triple.
            if (table.Get(row, "root") != "-")
                set.Add(new Triple(table.Get(row, "root"), table.Get(row, "actor1_country"), table.Get(row, "admin1")));
        }
        return gold;
    }

    /// <summary>
    /// What the gold set would code for an event Sitrep found: one triple per initiator's country, as
    /// rule 3 codes each partner ("Russian and government strikes"); none for events it leaves out.
    /// </summary>
    public static IEnumerable<Triple> Reduce(EventMention e)
    {
        // The gold set codes what is reported as happening, claimed, denied or planned — not negations.
        if (e.Modality is Modality.Negated or Modality.Hypothetical)
            return [];
        // Rule 4: a governorate inside Syria; outside it, the country ("IQ", not an Iraqi province).
        string admin1 = e.Place switch
        {
            { Country: { } c } when c != "SY" => c,
            { Admin1: { } a } => a.Code,
            { Country: { } c } => c,
            _ => "-",
        };
        var countries = e.Actor1.Select(a => a.Country ?? "-").Distinct().DefaultIfEmpty("-");
        // Rule 2 codes demands as appeals (02); Sitrep gives them CAMEO's own root, demand (10).
        string root = e.Root == "10" ? "02" : e.Root;
        return countries.Select(country => new Triple(root, country, admin1)).ToList();
    }

    public static GoldEvaluation Run(IEnumerable<FakesRow> rows, Dictionary<string, HashSet<Triple>> gold, ArticlePipeline pipeline)
    {
        var options = new AnalysisOptions { DatelineOnly = true };
        var scores = new List<ArticleScore>();
        var seen = new HashSet<string>();
        foreach (var row in rows)
        {
            if (!gold.TryGetValue(row.Id, out var expected) || !seen.Add(row.Id))
                continue;
            var article = pipeline.Process(ArticleText.Compose(row.Id, row.Title, row.Content), options);
            var evidence = new Dictionary<Triple, string>();
            foreach (var e in article.Events)
            {
                // Rule 1 leaves out states ("a town held by IS", "under government control"): Sitrep reports them for
                // the control timeline, but the gold set never codes them, so they are not scored.
                if (EventTriggers.Default.TryMatch(article, article.TokenAfter(e.Span.Start), out var trigger, out _) && trigger.Id == "hold territory")
                    continue;
                // Rule 1 leaves out statements (01); rule 2 lists no root for material cooperation (06) or
                // investigations (09): the gold set cannot code them, so they are left out rather than counted as false.
                if (e.Root is "01" or "06" or "09")
                    continue;
                foreach (var t in Reduce(e))
                    evidence.TryAdd(t, $"[{e.Trigger}] {article[e.Sentence]}");
            }
            scores.Add(new ArticleScore(row, expected, evidence.Keys.ToHashSet(), evidence));
        }
        var missing = gold.Keys.Except(seen).ToList();
        if (missing.Count > 0)
            throw new InvalidDataException($"gold articles not in the corpus: {string.Join(", ", missing)}");
        return new GoldEvaluation { Articles = scores };
    }

    public void WriteReport(TextWriter output, bool listDifferences = true)
    {
        int gold = Articles.Sum(a => a.Gold.Count), found = Articles.Sum(a => a.Found.Count);
        output.WriteLine($"Events against the hand-coded gold set ({Articles.Count} articles; unit: distinct CAMEO root + actor1 country + governorate per article)");
        output.WriteLine($"  gold triples: {gold}   found: {found}   matched: {TruePositives}");
        output.WriteLine($"  precision: {Precision:F2}   recall: {Recall:F2}");
        output.WriteLine();
        output.WriteLine("  by root (matched / found / gold):");
        var roots = Articles.SelectMany(a => a.Gold.Concat(a.Found)).Select(t => t.Root).Distinct().Order();
        foreach (string root in roots)
        {
            int m = Articles.Sum(a => a.Found.Count(t => t.Root == root && a.Gold.Contains(t)));
            int f = Articles.Sum(a => a.Found.Count(t => t.Root == root));
            int g = Articles.Sum(a => a.Gold.Count(t => t.Root == root));
            output.WriteLine($"    {root}: {m} / {f} / {g}");
        }
        if (!listDifferences)
            return;
        output.WriteLine();
        output.WriteLine("  differences per article (- gold not found, + found not in gold):");
        foreach (var a in Articles)
        {
            var missed = a.Gold.Except(a.Found).ToList();
            var extra = a.Found.Except(a.Gold).ToList();
            if (missed.Count + extra.Count == 0)
                continue;
            output.WriteLine($"  {a.Row.Id} {a.Row.Source}");
            foreach (var t in missed.OrderBy(t => t.ToString()))
                output.WriteLine($"    - {t}");
            foreach (var t in extra.OrderBy(t => t.ToString()))
            {
                output.WriteLine($"    + {t}");
                if (a.Evidence?.GetValueOrDefault(t) is { } why)
                    output.WriteLine($"        {(why.Length > 150 ? why[..150] + "…" : why)}");
            }
        }
    }
}
