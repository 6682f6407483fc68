namespace Sitrep.Ingestion;

/// <summary>How to read an input file; <see cref="Auto"/> chooses by extension.</summary>
public enum InputFormat
{
    Auto,
    Text,
    Jsonl,
    Csv,
    Html,
    Feed,
}
