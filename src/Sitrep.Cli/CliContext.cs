namespace Sitrep.Cli;

/// <summary>
/// Where a command writes: results to <see cref="Stdout"/> (bytes, so JSON is written as UTF-8
/// directly), messages to <see cref="Stderr"/>. <see cref="Interactive"/> turns on live progress,
/// only when stderr is a terminal so logs and pipes stay clean.
/// </summary>
public sealed record CliContext(Stream Stdout, TextWriter Stderr, bool Interactive);
