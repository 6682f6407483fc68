using Sitrep.Errors;

namespace Sitrep.Ingestion;

/// <summary>Either a record or the error that kept one item from being read; never both.</summary>
public readonly record struct ReadResult
{
    private ReadResult(ArticleRecord? record, SitrepError? error)
    {
        Record = record;
        Error = error;
    }

    public ArticleRecord? Record { get; }

    public SitrepError? Error { get; }

    public bool IsSuccess => Record is not null;

    public static ReadResult Ok(ArticleRecord record) => new(record, null);

    public static ReadResult Fail(SitrepError error) => new(null, error);
}
