namespace Sitrep.Errors;

/// <summary>
/// Every error Sitrep reports, with a stable greppable code (SIT0xx). Messages are built in
/// <see cref="SitrepError"/>; they name the file (and line) and say what is wrong.
/// </summary>
public enum ErrorCode
{
    /// <summary>SIT001: the path does not exist.</summary>
    FileNotFound = 1,

    /// <summary>SIT002: a directory held no file that could be read as an article.</summary>
    NoArticlesInDirectory = 2,

    /// <summary>SIT003: the file looks binary (NUL bytes or many control characters).</summary>
    BinaryFile = 3,

    /// <summary>SIT004: the bytes are not valid UTF-8.</summary>
    InvalidUtf8 = 4,

    /// <summary>SIT005: the file or record has no text.</summary>
    EmptyInput = 5,

    /// <summary>SIT006: a JSONL line is not a JSON object with a string "text".</summary>
    MalformedJsonLine = 6,

    /// <summary>SIT007: a CSV row or header cannot be read.</summary>
    MalformedCsv = 7,

    /// <summary>SIT008: the input is larger than the configured limit.</summary>
    TooLarge = 8,

    /// <summary>SIT009: the file cannot be opened (permissions, I/O).</summary>
    Unreadable = 9,

    /// <summary>SIT010: a user-given option value is invalid (e.g. a --date that is not a date).</summary>
    InvalidOption = 10,

    /// <summary>SIT011: analysing one article failed unexpectedly (a bug: please report it with the input).</summary>
    AnalysisFailed = 11,

    /// <summary>SIT012: a gazetteer row (GeoNames format) cannot be read.</summary>
    MalformedGazetteerRow = 12,

    /// <summary>SIT013: the gazetteer index is missing or unreadable.</summary>
    GazetteerUnavailable = 13,

    /// <summary>SIT014: an HTML page has no article body that can be extracted.</summary>
    NoArticleInHtml = 14,

    /// <summary>SIT015: an RSS/Atom feed is malformed, uses a DTD (refused: entity expansion), or an item has no text.</summary>
    MalformedFeed = 15,

    /// <summary>SIT016: the event store cannot be opened or written (path, permissions, server, schema).</summary>
    StoreFailed = 16,

    /// <summary>SIT017: a ceasefire definition (YAML or options) is invalid.</summary>
    InvalidCeasefire = 17,
}
