using Sitrep.Model;
using Sitrep.Pipeline;

namespace Sitrep.Tests.Text;

public sealed class ParagraphStageTests
{
    private static string[] Paragraphs(string? title, string body)
    {
        var article = ArticleText.Compose("t", title, body);
        SitrepPipeline.WithoutGazetteer.Process(article);
        return article.Paragraphs.Select(p => article[p]).ToArray();
    }

    [Fact]
    public void Blank_lines_separate_paragraphs_and_the_title_is_not_one()
    {
        Assert.Equal(["One\nstill one.", "Two."], Paragraphs("Title", "One\nstill one.\n\n\n  \nTwo.\n"));
    }

    [Fact]
    public void Without_blank_lines_each_line_is_a_paragraph()
    {
        Assert.Equal(["One.", "Two.", "Three."], Paragraphs(null, "One.\nTwo.\n  Three.  "));
    }

    [Fact]
    public void Crlf_input_gives_the_same_paragraphs_as_lf()
    {
        Assert.Equal(Paragraphs("T", "A.\n\nB."), Paragraphs("T", "A.\r\n\r\nB."));
    }
}
