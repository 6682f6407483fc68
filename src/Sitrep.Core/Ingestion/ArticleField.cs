namespace Sitrep.Ingestion;

/// <summary>The fields an input record can carry; only <see cref="Text"/> is required.</summary>
public enum ArticleField
{
    Id,
    Title,
    Text,
    Source,
    Url,
    Published,
}
