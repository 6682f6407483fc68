namespace Sitrep.Pipeline;

/// <summary>Per-run settings that stages read; immutable so one instance can serve every thread.</summary>
public sealed record AnalysisOptions
{
    public static readonly AnalysisOptions Default = new();

    /// <summary>Publication date given by the user; wins over metadata and datelines.</summary>
    public DateOnly? PublishedOverride { get; init; }

    /// <summary>Source outlet given by the user; wins over the record's own.</summary>
    public string? SourceOverride { get; init; }

    /// <summary>When true, metadata dates are ignored and only datelines count (used by the date evaluation).</summary>
    public bool DatelineOnly { get; init; }
}
