using System.Text.Json;
using Sitrep.Errors;

namespace Sitrep.Ingestion;

/// <summary>
/// JSON Lines: one object per line with <c>text</c> (required, a non-empty string) and optional
/// <c>id</c>, <c>title</c>, <c>source</c>, <c>url</c>, <c>published</c>; other fields are ignored.
/// Streamed line by line; a bad line is reported with its number and the next line is read.
/// </summary>
public static class JsonlReader
{
    public static IEnumerable<ReadResult> Read(string path, ReaderOptions options)
    {
        if (!InputDecoder.TryOpen(path, out var stream, out var openError))
        {
            yield return ReadResult.Fail(openError!);
            yield break;
        }
        using var _ = stream;
        using var lines = new ByteLineReader(stream!, options.MaxRecordChars);
        if (InputDecoder.LooksBinary(lines.Peek()))
        {
            yield return ReadResult.Fail(new SitrepError(ErrorCode.BinaryFile, path, null, "looks like a binary file, not JSON Lines."));
            yield break;
        }

        string stem = Path.GetFileNameWithoutExtension(path);
        int records = 0;
        while (true)
        {
            ReadResult? result;
            bool stop = false;
            try
            {
                if (!lines.TryReadLine(out var line, out bool tooLong))
                    break;
                result = tooLong
                    ? ReadResult.Fail(new SitrepError(ErrorCode.TooLarge, path, lines.LineNumber, $"line is longer than {options.MaxRecordChars:N0} bytes; skipped."))
                    : ParseLine(path, stem, lines.LineNumber, line);
            }
            catch (IOException ex)
            {
                result = ReadResult.Fail(new SitrepError(ErrorCode.Unreadable, path, lines.LineNumber, $"read failed: {ex.Message}"));
                stop = true;
            }
            if (result is { } r)
            {
                records++;
                yield return r;
            }
            if (stop)
                yield break;
        }
        if (records == 0)
            yield return ReadResult.Fail(new SitrepError(ErrorCode.EmptyInput, path, null, "has no JSON lines."));
    }

    /// <returns>Null for a blank line.</returns>
    internal static ReadResult? ParseLine(string path, string stem, long lineNumber, ReadOnlySpan<byte> line)
    {
        if (line.IsEmpty || line.Trim(" \t"u8).IsEmpty)
            return null;
        SitrepError Fail(string message) => new(ErrorCode.MalformedJsonLine, path, lineNumber, message);

        if (line.StartsWith("\xEF\xBB\xBF"u8))
            line = line[3..];
        if (!System.Text.Unicode.Utf8.IsValid(line))
            return ReadResult.Fail(new SitrepError(ErrorCode.InvalidUtf8, path, lineNumber, "invalid UTF-8 on this line; line skipped."));
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line.ToArray(), new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException ex)
        {
            // The parser also rejects invalid UTF-8, with the position in the message.
            return ReadResult.Fail(Fail($"not valid JSON: {ex.Message}"));
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                return ReadResult.Fail(Fail($"expected a JSON object, found {root.ValueKind.ToString().ToLowerInvariant()}."));
            if (!root.TryGetProperty("text", out var text))
                return ReadResult.Fail(Fail("the object has no \"text\" field."));
            if (text.ValueKind != JsonValueKind.String)
                return ReadResult.Fail(Fail($"\"text\" must be a string, found {text.ValueKind.ToString().ToLowerInvariant()}."));
            string body = text.GetString()!;
            if (string.IsNullOrWhiteSpace(body))
                return ReadResult.Fail(new SitrepError(ErrorCode.EmptyInput, path, lineNumber, "\"text\" is empty."));

            string origin = $"{path}:{lineNumber}";
            return ReadResult.Ok(new ArticleRecord(
                origin,
                Scalar(root, "id") ?? $"{stem}:{lineNumber}",
                Scalar(root, "title"),
                body,
                Scalar(root, "source"),
                Scalar(root, "url"),
                Scalar(root, "published")));
        }
    }

    /// <summary>A string or number field as text; null when absent, null or of another kind.</summary>
    private static string? Scalar(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            }
            : null;
}
