namespace Sitrep.Ingestion;

/// <summary>Settings for every reader. Immutable.</summary>
public sealed record ReaderOptions
{
    public static readonly ReaderOptions Default = new();

    public InputFormat Format { get; init; } = InputFormat.Auto;

    /// <summary>Which CSV column holds which field; null uses the default header aliases.</summary>
    public CsvColumnMap? CsvColumns { get; init; }

    /// <summary>Larger text files are refused (SIT008) rather than read into memory.</summary>
    public long MaxFileBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>Longest JSONL line or CSV record accepted, in characters.</summary>
    public int MaxRecordChars { get; init; } = 16 * 1024 * 1024;
}
