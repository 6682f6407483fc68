using Sitrep.Model;
using Sitrep.Pipeline;

namespace Sitrep.Evaluation;

/// <summary>
/// Events over FA-KES: the share of articles with at least one event, the focus date within a day
/// of the labelled date (against the publication date alone as a baseline), and event counts per
/// CAMEO root and PLOVER type. Datelines only: no metadata is given.
/// </summary>
public sealed class EventEvaluation
{
    public required IReadOnlyList<(FakesRow Row, Article Article)> Results { get; init; }

    public static EventEvaluation Run(IEnumerable<FakesRow> rows, ArticlePipeline pipeline)
    {
        var options = new AnalysisOptions { DatelineOnly = true };
        return new EventEvaluation { Results = rows.Select(r => (r, pipeline.Process(ArticleText.Compose(r.Id, r.Title, r.Content), options))).ToList() };
    }

    private static bool Near(DateValue? value, DateOnly? label) => value is { } v && label is { } l && v.IsNear(l, 1);

    public void WriteReport(TextWriter output, bool listMisses = true)
    {
        int n = Results.Count;
        int withEvents = Results.Count(r => r.Article.Events.Count > 0);
        int focusHits = Results.Count(r => Near(r.Article.FocusDate, r.Row.LabelDate));
        int publishedHits = Results.Count(r => Near(r.Article.Published?.Value, r.Row.LabelDate));
        int events = Results.Sum(r => r.Article.Events.Count);
        output.WriteLine("Events on FA-KES (datelines only, no metadata)");
        output.WriteLine($"  articles: {n}   with at least one event: {withEvents} ({(double)withEvents / n:P1})   events: {events} ({(double)events / n:F1} per article)");
        output.WriteLine($"  focus date within ±1 day of the label: {focusHits} ({(double)focusHits / n:P1});   publication date alone: {publishedHits} ({(double)publishedHits / n:P1})");
        output.WriteLine();
        output.WriteLine("  events per CAMEO root:  " + string.Join("  ", Results.SelectMany(r => r.Article.Events).GroupBy(e => e.Root).OrderBy(g => g.Key).Select(g => $"{g.Key}:{g.Count()}")));
        output.WriteLine("  events per PLOVER type: " + string.Join("  ", Results.SelectMany(r => r.Article.Events).GroupBy(e => e.Plover.Length > 0 ? e.Plover : "none").OrderByDescending(g => g.Count()).Select(g => $"{g.Key}:{g.Count()}")));
        output.WriteLine("  events per modality:    " + string.Join("  ", Results.SelectMany(r => r.Article.Events).GroupBy(e => e.Modality).OrderByDescending(g => g.Count()).Select(g => $"{g.Key.ToString().ToLowerInvariant()}:{g.Count()}")));
        if (!listMisses)
            return;
        output.WriteLine();
        output.WriteLine("  focus-date misses (id, source, label, focus date, publication date):");
        foreach (var (row, article) in Results.Where(r => !Near(r.Article.FocusDate, r.Row.LabelDate)))
            output.WriteLine($"  {row.Id} {row.Source,-13} label {row.LabelDate?.ToString("yyyy-MM-dd") ?? "none"}  focus {article.FocusDate?.ToString() ?? "none",-10}  published {article.Published?.Value.ToString() ?? "none"}");
    }
}
