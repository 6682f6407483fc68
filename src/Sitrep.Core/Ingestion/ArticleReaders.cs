using Sitrep.Errors;

namespace Sitrep.Ingestion;

/// <summary>
/// Reads articles from files and directories, choosing the reader by extension (or
/// <see cref="ReaderOptions.Format"/>). Lazy: records stream out as they are read, so a huge JSONL
/// file never sits in memory whole.
/// </summary>
public static class ArticleReaders
{
    private static readonly string[] s_textExtensions = [".txt", ".text", ".md", ""];

    public static IEnumerable<ReadResult> Read(IEnumerable<string> paths, ReaderOptions? options = null)
    {
        options ??= ReaderOptions.Default;
        foreach (string path in paths)
        {
            IEnumerable<ReadResult> results = Directory.Exists(path) ? ReadDirectory(path, options) : ReadFile(path, options);
            foreach (var result in results)
                yield return result;
        }
    }

    public static IEnumerable<ReadResult> ReadFile(string path, ReaderOptions options)
    {
        if (!File.Exists(path))
            return [ReadResult.Fail(new SitrepError(ErrorCode.FileNotFound, path, null, "no such file or directory."))];
        return FormatOf(path, options.Format) switch
        {
            InputFormat.Jsonl => JsonlReader.Read(path, options),
            InputFormat.Csv => CsvArticleReader.Read(path, options),
            InputFormat.Html => HtmlArticleReader.Read(path, options),
            InputFormat.Feed => FeedArticleReader.Read(path, options),
            _ => PlainTextReader.Read(path, options),
        };
    }

    /// <summary>
    /// Every supported file below <paramref name="directory"/>, in ordinal path order (so runs are
    /// repeatable); hidden files and folders are skipped, as are files of other types.
    /// </summary>
    public static IEnumerable<ReadResult> ReadDirectory(string directory, ReaderOptions options)
    {
        var files = Directory.EnumerateFiles(directory, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System, IgnoreInaccessible = true })
            .Where(f => !IsHidden(directory, f))
            .Order(StringComparer.Ordinal)
            .ToList();
        var supported = files.Where(f => options.Format != InputFormat.Auto || FormatOf(f, InputFormat.Auto) != InputFormat.Auto).ToList();
        int readable = 0;
        foreach (string file in supported)
        {
            foreach (var result in ReadFile(file, options))
            {
                readable += result.IsSuccess ? 1 : 0;
                yield return result;
            }
        }
        if (readable == 0)
        {
            int skipped = files.Count - supported.Count;
            string detail = supported.Count == 0
                ? $"it has no .txt, .jsonl, .csv, .html or feed file ({files.Count} other file(s) skipped)."
                : $"none of its {supported.Count} file(s) could be read (see the errors above).";
            yield return ReadResult.Fail(new SitrepError(ErrorCode.NoArticlesInDirectory, directory, null, "no readable articles: " + detail + (skipped > 0 && supported.Count > 0 ? $" {skipped} file(s) of other types skipped." : "")));
        }
    }

    /// <summary>The format an extension implies; <see cref="InputFormat.Auto"/> means "not an article file".</summary>
    public static InputFormat FormatOf(string path, InputFormat requested)
    {
        if (requested != InputFormat.Auto)
            return requested;
        string ext = Path.GetExtension(path).ToLowerInvariant();
        return ext switch
        {
            ".jsonl" or ".ndjson" => InputFormat.Jsonl,
            ".csv" or ".tsv" => InputFormat.Csv,
            ".html" or ".htm" or ".xhtml" => InputFormat.Html,
            ".rss" or ".atom" or ".xml" => InputFormat.Feed,
            _ when s_textExtensions.Contains(ext) => InputFormat.Text,
            _ => InputFormat.Auto,
        };
    }

    private static bool IsHidden(string root, string file) =>
        Path.GetRelativePath(root, file).Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.'));
}
