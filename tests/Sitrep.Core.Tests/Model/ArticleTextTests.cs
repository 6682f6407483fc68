using Sitrep.Model;

namespace Sitrep.Tests.Model;

public sealed class ArticleTextTests
{
    [Fact]
    public void Compose_puts_title_first_then_a_blank_line_then_the_body()
    {
        var article = ArticleText.Compose("a", "Title here", "Body one.\n\nBody two.");

        Assert.Equal("Title here\n\nBody one.\n\nBody two.", article.Text);
        Assert.Equal("Title here", article.Title);
        Assert.Equal(12, article.BodyStart);
    }

    [Fact]
    public void Compose_normalises_crlf_and_drops_bom_but_keeps_unicode_quotes()
    {
        var article = ArticleText.Compose("a", "\uFEFFIt’s “quoted”", "Line one\r\n\r\nLine two\rend");

        Assert.Equal("It’s “quoted”\n\nLine one\n\nLine two\nend", article.Text);
    }

    [Fact]
    public void Compose_without_title_starts_the_body_at_zero()
    {
        var article = ArticleText.Compose("a", null, "  \nBody.\n");

        Assert.Null(article.TitleSpan);
        Assert.Equal(0, article.BodyStart);
        Assert.Equal("Body.", article.Text);
    }
}
