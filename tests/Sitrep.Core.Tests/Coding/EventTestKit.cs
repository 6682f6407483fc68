using Sitrep.Model;
using Sitrep.Pipeline;
using Sitrep.Tests.Recognition.Places;

namespace Sitrep.Tests.Coding;

/// <summary>Runs the whole pipeline on sentences written for the tests, over a tiny gazetteer.</summary>
internal static class EventTestKit
{
    public static Article Analyze(string body) =>
        Analyze(body, new AnalysisOptions { PublishedOverride = new DateOnly(2016, 5, 9) });

    /// <summary>With the article's own dateline as publication date when <paramref name="options"/> gives none.</summary>
    public static Article Analyze(string body, AnalysisOptions options)
    {
        using var dir = new TempDir();
        var pipeline = SitrepPipeline.CreateBuilder(TinyGazetteer.Build(dir)).Build();
        return pipeline.Process(ArticleText.Compose("t", "Report", body), options);
    }

    /// <summary>With a headline of its own.</summary>
    public static Article AnalyzeTitled(string title, string body)
    {
        using var dir = new TempDir();
        var pipeline = SitrepPipeline.CreateBuilder(TinyGazetteer.Build(dir)).Build();
        return pipeline.Process(ArticleText.Compose("t", title, body), new AnalysisOptions { PublishedOverride = new DateOnly(2016, 5, 9) });
    }

    public static EventMention Single(Article article, string trigger) => Assert.Single(article.Events, e => e.Trigger == trigger);

    public static string[] Codes(IEnumerable<ActorMention>? actors) => actors?.Select(a => a.Code).Order().ToArray() ?? [];
}
