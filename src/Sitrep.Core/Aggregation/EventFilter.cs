namespace Sitrep.Aggregation;

/// <summary>
/// Which stored events a query wants; every field is optional and they combine with AND. Shared by
/// the CLI (<c>sitrep events</c>, <c>sitrep export</c>) and the stores, which turn it into
/// parameterised SQL.
/// </summary>
public sealed record EventFilter
{
    public static readonly EventFilter All = new();

    /// <summary>Events whose date range ends on or after this day.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Events whose date range starts on or before this day.</summary>
    public DateOnly? To { get; init; }

    /// <summary>ISO 3166 alpha-2 of the event's place ("SY").</summary>
    public string? Country { get; init; }

    /// <summary>GeoNames admin1 code ("SY.09").</summary>
    public string? Admin1 { get; init; }

    /// <summary>Bounding box: west, south, east, north in degrees.</summary>
    public (double West, double South, double East, double North)? BoundingBox { get; init; }

    /// <summary>An actor code or its start ("SYRMIL", "SYR", "RUS") or a group name ("Islamic State"), on either side.</summary>
    public string? Actor { get; init; }

    /// <summary>CAMEO root ("19").</summary>
    public string? Root { get; init; }

    /// <summary>The outlet ("sana").</summary>
    public string? Source { get; init; }

    /// <summary>asserted, claimed, denied, planned, negated or hypothetical.</summary>
    public string? Modality { get; init; }

    /// <summary>Only events of this place name (the gazetteer's or the text's, any case).</summary>
    public string? Place { get; init; }

    /// <summary>Only the events of this stored article.</summary>
    public long? ArticleId { get; init; }

    /// <summary>At most this many events (newest first when set); null for all.</summary>
    public int? Limit { get; init; }

    public int Offset { get; init; }
}

/// <summary>A loaded term one outlet used for one actor, with how often.</summary>
public sealed record LabelCount(string Source, string Actor, string Term, string Polarity, long Count);

/// <summary>An article found by full-text search.</summary>
public sealed record ArticleHit(long Id, string Key, string? Source, string? Title, string? Published, string Snippet);

/// <summary>A stored article: its text and the analysis JSON (the documented contract) it got.</summary>
public sealed record StoredArticle(long Id, string Key, string ContentHash, string? Source, string? Url, string? Title, string? Published,
    string Text, string AnalysisJson, string AnalyzerVersion, string IngestedAt);
