using Sitrep.Model;
using Sitrep.Pipeline;

namespace Sitrep.Evaluation;

/// <summary>
/// How often the article's focus place lies in FA-KES's crowd-labelled governorate. "damascus" in
/// the labels covers both Damascus city (SY.13) and Rif Dimashq (SY.08), as the corpus README says.
/// </summary>
public sealed class FocusEvaluation
{
    /// <summary>FA-KES governorate labels → GeoNames province codes.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> LabelProvinces = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase)
    {
        ["aleppo"] = ["SY.09"],
        ["damascus"] = ["SY.13", "SY.08"],
        ["idlib"] = ["SY.12"],
        ["deir ezzor"] = ["SY.07"],
        ["raqqa"] = ["SY.04"],
        ["homs"] = ["SY.11"],
        ["hasakeh"] = ["SY.01"],
        ["hama"] = ["SY.10"],
        ["daraa"] = ["SY.06"],
        ["lattakia"] = ["SY.02"],
        ["quneitra"] = ["SY.03"],
        ["tartous"] = ["SY.14"],
    };

    public sealed record Outcome(FakesRow Row, PlaceMention? Focus, string? Predicted, bool Hit, IReadOnlyList<PlaceMention> Places);

    public required IReadOnlyList<Outcome> Outcomes { get; init; }

    public int Total => Outcomes.Count;

    public int Hits => Outcomes.Count(o => o.Hit);

    public double Accuracy => Total == 0 ? 0 : (double)Hits / Total;

    public static FocusEvaluation Run(IEnumerable<FakesRow> rows, ArticlePipeline pipeline)
    {
        var options = new AnalysisOptions { DatelineOnly = true };
        var outcomes = new List<Outcome>();
        foreach (var row in rows)
        {
            var article = pipeline.Process(ArticleText.Compose(row.Id, row.Title, row.Content), options);
            string? predicted = article.FocusPlace?.Admin1?.Code;
            bool hit = predicted is not null && LabelProvinces.TryGetValue(row.Location, out var codes) && codes.Contains(predicted);
            outcomes.Add(new Outcome(row, article.FocusPlace, predicted, hit, article.Places));
        }
        return new FocusEvaluation { Outcomes = outcomes };
    }

    /// <summary>The label a province code stands for ("SY.08" → "damascus"), or the code itself.</summary>
    public static string LabelOf(string? code) =>
        code is null ? "(none)" : LabelProvinces.FirstOrDefault(l => l.Value.Contains(code)).Key ?? code;

    public void WriteReport(TextWriter output, bool listMisses = true)
    {
        output.WriteLine("Focus place vs the labelled governorate (FA-KES)");
        output.WriteLine($"  articles: {Total}   focus in the labelled governorate: {Hits}   accuracy: {Accuracy:P1}   no focus found: {Outcomes.Count(o => o.Focus is null)}");
        output.WriteLine();
        output.WriteLine("  by label          n   hits   accuracy   most common wrong prediction");
        foreach (var group in Outcomes.GroupBy(o => o.Row.Location).OrderByDescending(g => g.Count()))
        {
            int n = group.Count(), hits = group.Count(o => o.Hit);
            var wrong = group.Where(o => !o.Hit).GroupBy(o => LabelOf(o.Predicted)).OrderByDescending(g => g.Count()).FirstOrDefault();
            output.WriteLine($"  {group.Key,-14} {n,4}   {hits,4}   {(double)hits / n,8:P0}   {(wrong is null ? "" : $"{wrong.Key} ({wrong.Count()})")}");
        }
        output.WriteLine();
        output.WriteLine("  confusion (label → predicted: count), misses only:");
        foreach (var pair in Outcomes.Where(o => !o.Hit).GroupBy(o => (o.Row.Location, Predicted: LabelOf(o.Predicted))).OrderByDescending(g => g.Count()).Take(20))
            output.WriteLine($"    {pair.Key.Location,-12} → {pair.Key.Predicted,-12} {pair.Count()}");
        if (!listMisses)
            return;
        output.WriteLine();
        output.WriteLine("  misses (id, label, predicted, focus mention | places found):");
        foreach (var miss in Outcomes.Where(o => !o.Hit))
        {
            string places = string.Join(", ", miss.Places.Take(8).Select(p => $"{p.Text}→{p.Admin1?.Code ?? p.Country}"));
            output.WriteLine($"  {miss.Row.Id} {miss.Row.Location,-11} {LabelOf(miss.Predicted),-11} \"{miss.Focus?.Text}\" | {places}");
        }
    }
}
