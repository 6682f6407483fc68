namespace Sitrep.Ingestion;

/// <summary>
/// One article as a reader found it, before analysis: fields as strings, nothing parsed.
/// <see cref="Origin"/> says where it came from ("dir/a.txt", "feed.jsonl:12") for messages.
/// </summary>
public sealed record ArticleRecord(
    string Origin,
    string? Id,
    string? Title,
    string Body,
    string? Source = null,
    string? Url = null,
    string? Published = null);
