using Sitrep.Model;
using Sitrep.Pipeline;

namespace Sitrep.Tests.Recognition.Dates;

internal static class DateTestKit
{
    public static Article Analyze(string body, string? published, string? title = "Report", string? metadata = null, bool datelineOnly = false)
    {
        var article = ArticleText.Compose("t", title, body);
        article.PublishedMetadata = metadata;
        var options = new AnalysisOptions
        {
            PublishedOverride = published is null ? null : DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture),
            DatelineOnly = datelineOnly,
        };
        return SitrepPipeline.WithoutGazetteer.Process(article, options);
    }

    /// <summary>"text=value/precision" for each date found, in text order, e.g. "yesterday=2016-05-08/day".</summary>
    public static string[] Found(string body, string published) =>
        Analyze(body, published).Dates.Select(d => $"{d.Text}={d.Value}/{d.Value.Precision.ToString().ToLowerInvariant()}").ToArray();
}
