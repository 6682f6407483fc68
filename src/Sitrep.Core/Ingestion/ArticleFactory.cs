using Sitrep.Model;

namespace Sitrep.Ingestion;

/// <summary>Turns a read record into an <see cref="Article"/> ready for the pipeline.</summary>
public static class ArticleFactory
{
    public static Article Create(ArticleRecord record)
    {
        var article = ArticleText.Compose(record.Id ?? record.Origin, record.Title, record.Body);
        article.Source = string.IsNullOrWhiteSpace(record.Source) ? null : record.Source.Trim();
        article.Url = string.IsNullOrWhiteSpace(record.Url) ? null : record.Url.Trim();
        article.Origin = record.Origin;
        article.PublishedMetadata = string.IsNullOrWhiteSpace(record.Published) ? null : record.Published.Trim();
        return article;
    }
}
