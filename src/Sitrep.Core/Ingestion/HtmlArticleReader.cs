using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Sitrep.Errors;

namespace Sitrep.Ingestion;

/// <summary>
/// A saved web page: the article body and title are extracted by SmartReader (a port of Mozilla's
/// Readability), which drops navigation, ads and footers; the body's block elements become
/// paragraphs. The canonical link, site name and publication date come from the page's metadata
/// when it has them.
/// </summary>
public static class HtmlArticleReader
{
    /// <summary>Pages nested deeper than this are refused rather than risk the parser's stack.</summary>
    public const int MaxNesting = 5_000;

    private static readonly HashSet<string> s_void = new(StringComparer.OrdinalIgnoreCase)
        { "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "p", "li", "option" };

    private static readonly string[] s_blocks = ["p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "td", "figcaption"];

    public static IEnumerable<ReadResult> Read(string path, ReaderOptions options)
    {
        if (!InputDecoder.TryReadFile(path, options.MaxFileBytes, out string html, out var error))
        {
            yield return ReadResult.Fail(error!);
            yield break;
        }
        yield return Parse(path, html);
    }

    public static ReadResult Parse(string path, string html)
    {
        if (string.IsNullOrWhiteSpace(html))
            return ReadResult.Fail(new SitrepError(ErrorCode.EmptyInput, path, null, "is empty."));
        if (Nesting(html) > MaxNesting)
            return ReadResult.Fail(new SitrepError(ErrorCode.NoArticleInHtml, path, null, $"HTML nested deeper than {MaxNesting} elements; refused."));
        string baseUrl = new Uri(Path.GetFullPath(path)).AbsoluteUri;
        SmartReader.Article extracted;
        try
        {
            extracted = new SmartReader.Reader(baseUrl, html).GetArticle();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return ReadResult.Fail(new SitrepError(ErrorCode.NoArticleInHtml, path, null, "the page could not be parsed: " + ex.Message));
        }
        string body = extracted.IsReadable ? Paragraphs(extracted.Content) : "";
        if (string.IsNullOrWhiteSpace(body))
            return ReadResult.Fail(new SitrepError(ErrorCode.NoArticleInHtml, path, null, "no article body found (a page of links, a login wall or a script-only page?)."));

        var page = new HtmlParser().ParseDocument(html);
        string? url = page.QuerySelector("link[rel=canonical]")?.GetAttribute("href") ?? page.QuerySelector("meta[property='og:url']")?.GetAttribute("content");
        string? published = page.QuerySelector("meta[property='article:published_time']")?.GetAttribute("content")
            ?? page.QuerySelector("time[datetime]")?.GetAttribute("datetime")
            ?? extracted.PublicationDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        string? source = NullIfBlank(extracted.SiteName) ?? page.QuerySelector("meta[property='og:site_name']")?.GetAttribute("content");
        string? title = NullIfBlank(extracted.Title) ?? NullIfBlank(page.Title);
        return ReadResult.Ok(new ArticleRecord(path, Path.GetFileNameWithoutExtension(path), title, body, source, NullIfBlank(url), NullIfBlank(published)));
    }

    /// <summary>The text of the cleaned body, one paragraph per block element, blank lines between.</summary>
    private static string Paragraphs(string content)
    {
        var doc = new HtmlParser().ParseDocument(content);
        var blocks = doc.QuerySelectorAll(string.Join(",", s_blocks))
            .Where(e => !e.Ancestors().OfType<IElement>().Any(a => s_blocks.Contains(a.LocalName))) // outermost only
            .Select(e => Collapse(e.TextContent))
            .Where(t => t.Length > 0)
            .ToList();
        if (blocks.Count == 0)
            blocks.Add(Collapse(doc.Body?.TextContent ?? ""));
        return string.Join("\n\n", blocks);
    }

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string? NullIfBlank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    /// <summary>
    /// A cheap estimate of element nesting: opening tags minus closing tags, at their deepest. Void
    /// elements and those whose end tag is optional (p, li) are not counted.
    /// </summary>
    private static int Nesting(string html)
    {
        int depth = 0, max = 0;
        for (int i = 0; i + 1 < html.Length; i++)
        {
            if (html[i] != '<')
                continue;
            char next = html[i + 1];
            if (next == '/')
            {
                depth = Math.Max(0, depth - 1);
                continue;
            }
            if (!char.IsLetter(next))
                continue;
            int end = html.IndexOf('>', i);
            if (end < 0)
                break;
            int nameEnd = i + 1;
            while (nameEnd < end && char.IsLetterOrDigit(html[nameEnd]))
                nameEnd++;
            // Void and self-closed elements open nothing.
            if (html[end - 1] != '/' && !s_void.Contains(html[(i + 1)..nameEnd]))
                max = Math.Max(max, ++depth);
            i = end;
        }
        return max;
    }
}
