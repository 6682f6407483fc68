namespace Sitrep.Errors;

/// <summary>
/// An expected failure on one input item: which file (and line), what went wrong, and its code.
/// Returned, not thrown, so a batch can report it and go on with the next item.
/// </summary>
public sealed record SitrepError(ErrorCode Code, string Path, long? Line, string Message)
{
    public string CodeText => $"SIT{(int)Code:D3}";

    /// <summary>"data/feed.jsonl:12: SIT006 ..." — the path-and-line prefix editors can jump to.</summary>
    public override string ToString() =>
        Line is { } line ? $"{Path}:{line}: {CodeText} {Message}" : $"{Path}: {CodeText} {Message}";
}
