using Sitrep.Errors;
using Sitrep.Model;

namespace Sitrep.Ingestion;

/// <summary>
/// The wire format: the first non-blank line is the title; after it, blank line(s), then paragraphs
/// separated by blank lines. One file is one article; its id is the file name without extension.
/// </summary>
public static class PlainTextReader
{
    public static IEnumerable<ReadResult> Read(string path, ReaderOptions options)
    {
        if (!InputDecoder.TryReadFile(path, options.MaxFileBytes, out string raw, out var error))
        {
            yield return ReadResult.Fail(error!);
            yield break;
        }
        yield return Parse(path, raw);
    }

    public static ReadResult Parse(string path, string raw)
    {
        string text = ArticleText.Normalize(raw);
        int start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
            start++;
        int titleEnd = text.IndexOf('\n', start);
        if (titleEnd < 0)
            titleEnd = text.Length;
        string title = text[start..titleEnd].Trim();
        string body = titleEnd < text.Length ? text[(titleEnd + 1)..] : string.Empty;
        if (string.IsNullOrWhiteSpace(body))
            return ReadResult.Fail(new SitrepError(ErrorCode.EmptyInput, path, null, "has a title line but no body (the wire format is: title, blank line, paragraphs)."));
        return ReadResult.Ok(new ArticleRecord(path, Path.GetFileNameWithoutExtension(path), title, body));
    }
}
