using Sitrep.Model;
using Sitrep.Pipeline;

namespace Sitrep.Recognition.Dates;

/// <summary>
/// Sets <see cref="Article.Published"/>, trusting in order: the <c>--date</c> option, the record's
/// metadata, a dateline in the text. Left null when none gives a date.
/// </summary>
public sealed class PublicationDateStage(DatelineFinder datelines) : IArticleStage
{
    public PublicationDateStage() : this(DatelineFinder.Default) { }

    public string Name => "published";

    public IReadOnlyList<string> Requires => [];

    public IReadOnlyList<string> Assigns => [Layers.Published];

    public void Process(Article article, AnalysisOptions options)
    {
        if (options.PublishedOverride is { } given)
        {
            article.Published = new PublicationDate(DateValue.Day(given), DateOrigin.Option, null, null);
            return;
        }
        if (!options.DatelineOnly && MetadataDate.Parse(article.PublishedMetadata) is { } metadata)
        {
            article.Published = new PublicationDate(metadata, DateOrigin.Metadata, article.PublishedMetadata, null);
            return;
        }
        article.Published = datelines.Find(article);
    }
}
