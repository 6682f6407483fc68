using FsCheck;
using FsCheck.Fluent;
using Sitrep.Ingestion;

namespace Sitrep.Tests.Ingestion;

/// <summary>Whatever bytes a file holds, every reader returns records or errors; none throws.</summary>
public sealed class ReaderFuzzTests
{
    [Theory]
    [InlineData(".txt")]
    [InlineData(".jsonl")]
    [InlineData(".csv")]
    [InlineData(".html")]
    [InlineData(".rss")]
    public void Random_bytes_never_throw(string extension)
    {
        using var dir = new TempDir();
        int n = 0;
        Prop.ForAll(ArbMap.Default.ArbFor<byte[]>(), bytes =>
        {
            string path = dir.Bytes($"f{n++}{extension}", bytes);
            var results = ArticleReaders.Read([path]).ToList();
            return results.Count > 0 && results.All(r => r.IsSuccess != (r.Error is not null));
        }).QuickCheckThrowOnFailure();
    }

    [Theory]
    [InlineData(".txt")]
    [InlineData(".jsonl")]
    [InlineData(".csv")]
    [InlineData(".html")]
    [InlineData(".rss")]
    public void Random_text_never_throws(string extension)
    {
        using var dir = new TempDir();
        int n = 0;
        var chars = Gen.Elements("ab \n\r\t\",{}[]:\\’“”\u00e9\u0000text<>/!&;=?".ToCharArray()).ArrayOf().Select(c => new string(c)).ToArbitrary();
        Prop.ForAll(chars, content =>
        {
            string path = dir.File($"f{n++}{extension}", content);
            var results = ArticleReaders.Read([path]).ToList();
            return results.Count > 0;
        }).QuickCheckThrowOnFailure();
    }

    /// <summary>Markup-shaped noise: tags, entities and CDATA thrown together, for the HTML and feed readers.</summary>
    [Theory]
    [InlineData(".html")]
    [InlineData(".rss")]
    [InlineData(".atom")]
    public void Random_markup_never_throws(string extension)
    {
        using var dir = new TempDir();
        int n = 0;
        string[] pieces = ["<p>", "</p>", "<div>", "</div>", "<rss version=\"2.0\">", "<channel>", "</channel>", "<item>", "</item>", "<title>",
            "</title>", "<description>", "</description>", "<feed xmlns=\"http://www.w3.org/2005/Atom\">", "<entry>", "<![CDATA[", "]]>", "&amp;", "&bogus;",
            "&#0;", "<script>", "text ", "Troops shelled Azaz. ", "<", ">", "\"", "<?xml version=\"1.0\"?>", "<!-- ", " -->"];
        var markup = Gen.Elements(pieces).ArrayOf().Select(p => string.Concat(p)).ToArbitrary();
        Prop.ForAll(markup, content =>
        {
            string path = dir.File($"f{n++}{extension}", content);
            var results = ArticleReaders.Read([path]).ToList();
            return results.Count > 0 && results.All(r => r.IsSuccess != (r.Error is not null));
        }).QuickCheckThrowOnFailure();
    }

    [Theory]
    [InlineData(".txt")]
    [InlineData(".jsonl")]
    [InlineData(".csv")]
    [InlineData(".html")]
    [InlineData(".rss")]
    public void Empty_and_whitespace_only_files_are_clear_errors(string extension)
    {
        using var dir = new TempDir();
        foreach (string content in new[] { "", "   \n\t\r\n  " })
        {
            string path = dir.File($"blank{content.Length}{extension}", content);
            var result = Assert.Single(ArticleReaders.Read([path]));
            Assert.False(result.IsSuccess);
            Assert.Equal(path, result.Error!.Path);
        }
    }

    [Fact]
    public void Deeply_nested_html_is_refused_not_recursed_into()
    {
        using var dir = new TempDir();
        string html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 100_000)) + "deep" + string.Concat(Enumerable.Repeat("</div>", 100_000)) + "</body></html>";
        string path = dir.File("deep.html", html);

        var result = Assert.Single(ArticleReaders.Read([path]));

        Assert.Equal(Errors.ErrorCode.NoArticleInHtml, result.Error!.Code);
        Assert.Contains("nested deeper", result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Entity_expansion_in_a_feed_is_refused()
    {
        using var dir = new TempDir();
        string laughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">" +
            string.Concat(Enumerable.Range(1, 9).Select(i => $"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat(i == 1 ? "&lol;" : $"&lol{i - 1};", 10))}\">")) +
            "]><rss version=\"2.0\"><channel><title>&lol9;</title><item><title>x</title><description>&lol9;</description></item></channel></rss>";
        string path = dir.File("laughs.rss", laughs);

        var result = Assert.Single(ArticleReaders.Read([path]));

        Assert.Equal(Errors.ErrorCode.MalformedFeed, result.Error!.Code);
    }

    [Fact]
    public void A_ten_megabyte_line_is_read_and_a_file_over_the_limit_is_refused_without_reading_it()
    {
        using var dir = new TempDir();
        string text = string.Concat(Enumerable.Repeat("Troops shelled Azaz on Sunday. ", 10 * 1024 * 1024 / 31));
        string line = dir.File("long.jsonl", "{\"title\":\"Long\",\"text\":\"" + text + "\"}\n");
        var big = Path.Combine(dir.Path, "huge.txt");
        using (var stream = File.Create(big))
            stream.SetLength(100L * 1024 * 1024); // 100 MB, sparse

        var read = Assert.Single(ArticleReaders.Read([line]));
        var refused = Assert.Single(ArticleReaders.Read([big]));

        Assert.True(read.IsSuccess);
        Assert.Equal(text.Length, read.Record!.Body.Length);
        Assert.Equal(Errors.ErrorCode.TooLarge, refused.Error!.Code);
    }
}
