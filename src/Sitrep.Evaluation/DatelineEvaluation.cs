using Sitrep.Model;
using Sitrep.Pipeline;
using Sitrep.Recognition.Dates;

namespace Sitrep.Evaluation;

/// <summary>
/// How often the publication date found from datelines alone (no metadata) lies within a day of
/// FA-KES's labelled date. The labels are crowd-made event dates, so some misses are label errors:
/// the report lists every miss with the dateline found, to tell the two apart.
/// </summary>
public sealed class DatelineEvaluation
{
    public const int ToleranceDays = 1;

    public sealed record Outcome(FakesRow Row, PublicationDate? Found, bool Hit);

    public required IReadOnlyList<Outcome> Outcomes { get; init; }

    public int Total => Outcomes.Count;

    public int Found => Outcomes.Count(o => o.Found is not null);

    public int Hits => Outcomes.Count(o => o.Hit);

    public double Accuracy => Total == 0 ? 0 : (double)Hits / Total;

    public static DatelineEvaluation Run(IEnumerable<FakesRow> rows)
    {
        var stage = new PublicationDateStage();
        var options = new AnalysisOptions { DatelineOnly = true };
        var outcomes = new List<Outcome>();
        foreach (var row in rows)
        {
            var article = ArticleText.Compose(row.Id, row.Title, row.Content);
            stage.Process(article, options);
            bool hit = article.Published is { } p && row.LabelDate is { } label && p.Value.IsNear(label, ToleranceDays);
            outcomes.Add(new Outcome(row, article.Published, hit));
        }
        return new DatelineEvaluation { Outcomes = outcomes };
    }

    public void WriteReport(TextWriter output, bool listMisses = true)
    {
        output.WriteLine($"Publication date from datelines alone, within ±{ToleranceDays} day of the labelled date");
        output.WriteLine($"  articles: {Total}   date found: {Found}   within ±{ToleranceDays} day: {Hits}   accuracy: {Accuracy:P1}");
        output.WriteLine();
        output.WriteLine("  by source            n   found   hits   accuracy");
        foreach (var group in Outcomes.GroupBy(o => o.Row.Source).OrderByDescending(g => g.Count()))
        {
            int n = group.Count(), found = group.Count(o => o.Found is not null), hits = group.Count(o => o.Hit);
            output.WriteLine($"  {group.Key,-16} {n,4}   {found,5}   {hits,4}   {(double)hits / n,8:P0}");
        }
        if (!listMisses)
            return;
        output.WriteLine();
        output.WriteLine("  misses (id, source, label, found, dateline text | start of body):");
        foreach (var miss in Outcomes.Where(o => !o.Hit))
        {
            string label = miss.Row.LabelDate?.ToString("yyyy-MM-dd") ?? "none";
            string found = miss.Found?.Value.ToString() ?? "none";
            string dateline = miss.Found?.Text ?? "-";
            string head = miss.Row.Content.Length > 70 ? miss.Row.Content[..70] : miss.Row.Content;
            int? off = miss.Found is { } f && miss.Row.LabelDate is { } l ? f.Value.First.DayNumber - l.DayNumber : null;
            output.WriteLine($"  {miss.Row.Id} {miss.Row.Source,-13} label {label}  found {found,-10} {(off is { } o ? $"({o:+#;-#;0}d)" : ""),-8} \"{dateline}\" | {head.ReplaceLineEndings(" ")}");
        }
    }
}
