using System.Globalization;
using System.Xml;
using AngleSharp.Html.Parser;
using CodeHollow.FeedReader;
using Sitrep.Errors;

namespace Sitrep.Ingestion;

/// <summary>
/// An RSS or Atom feed saved to a file: one article per item, with its link, date and content (the
/// full content when the feed carries it, else the description). Parsed by CodeHollow.FeedReader;
/// a feed that declares a DTD is refused before parsing, so entity expansion ("billion laughs")
/// never runs.
/// </summary>
public static class FeedArticleReader
{
    public static IEnumerable<ReadResult> Read(string path, ReaderOptions options)
    {
        if (!InputDecoder.TryReadFile(path, options.MaxFileBytes, out string xml, out var error))
        {
            yield return ReadResult.Fail(error!);
            yield break;
        }
        foreach (var result in Parse(path, xml))
            yield return result;
    }

    public static IEnumerable<ReadResult> Parse(string path, string xml)
    {
        if (string.IsNullOrWhiteSpace(xml))
            return [ReadResult.Fail(new SitrepError(ErrorCode.EmptyInput, path, null, "is empty."))];
        if (xml.Contains("<!DOCTYPE", StringComparison.OrdinalIgnoreCase) || xml.Contains("<!ENTITY", StringComparison.OrdinalIgnoreCase))
            return [ReadResult.Fail(new SitrepError(ErrorCode.MalformedFeed, path, null, "declares a DTD or entities; refused (entity expansion is a known attack)."))];
        Feed feed;
        try
        {
            feed = FeedReader.ReadFromString(xml);
        }
        catch (Exception ex) when (ex is XmlException or CodeHollow.FeedReader.Parser.FeedTypeNotSupportedException or InvalidOperationException or ArgumentException or FormatException)
        {
            return [ReadResult.Fail(new SitrepError(ErrorCode.MalformedFeed, path, null, "not a readable RSS or Atom feed: " + ex.Message))];
        }
        if (feed.Type == FeedType.Unknown)
            return [ReadResult.Fail(new SitrepError(ErrorCode.MalformedFeed, path, null, "not an RSS or Atom feed."))];
        if (feed.Items.Count == 0)
            return [ReadResult.Fail(new SitrepError(ErrorCode.EmptyInput, path, null, "the feed has no items."))];
        string? source = string.IsNullOrWhiteSpace(feed.Title) ? null : feed.Title.Trim();
        return feed.Items.Select((item, i) => Item(path, i + 1, item, source)).ToList();
    }

    private static ReadResult Item(string path, int number, FeedItem item, string? source)
    {
        string origin = $"{path}#item{number}";
        string body = Paragraphs(string.IsNullOrWhiteSpace(item.Content) ? item.Description ?? "" : item.Content);
        if (string.IsNullOrWhiteSpace(body))
            return ReadResult.Fail(new SitrepError(ErrorCode.MalformedFeed, origin, null, "the item has neither content nor description."));
        string? published = item.PublishingDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? item.PublishingDateString;
        string? id = string.IsNullOrWhiteSpace(item.Id) ? item.Link : item.Id;
        return ReadResult.Ok(new ArticleRecord(origin, id, item.Title?.Trim(), body, source, item.Link?.Trim(), published));
    }

    /// <summary>Item content is often HTML: its block elements become paragraphs, tags go.</summary>
    private static string Paragraphs(string content)
    {
        if (!content.Contains('<'))
            return content.Trim();
        var doc = new HtmlParser().ParseDocument(content);
        var blocks = doc.QuerySelectorAll("p,li,h1,h2,h3,h4,blockquote").Select(e => Collapse(e.TextContent)).Where(t => t.Length > 0).ToList();
        return blocks.Count > 0 ? string.Join("\n\n", blocks) : Collapse(doc.Body?.TextContent ?? "");
    }

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
