using System.Text;
using Sitrep.Errors;
using Sitrep.Ingestion;
using static Sitrep.Tests.Ingestion.ReaderTestKit;

namespace Sitrep.Tests.Ingestion;

public sealed class PlainTextReaderTests
{
    [Fact]
    public void Wire_format_gives_title_and_body()
    {
        using var dir = new TempDir();
        string path = dir.File("clash.txt", "Clashes near Hama\n\n\nFirst paragraph.\n\nSecond “quoted” paragraph’s end.\n");

        var record = Assert.Single(ReadAll(path)).Record!;

        Assert.Equal("clash", record.Id);
        Assert.Equal("Clashes near Hama", record.Title);
        Assert.Contains("Second “quoted” paragraph’s end.", record.Body);
    }

    [Fact]
    public void Crlf_and_bom_give_the_same_article_as_plain_lf()
    {
        using var dir = new TempDir();
        string lf = dir.File("a.txt", "Title\n\nOne.\n\nTwo.");
        string crlf = dir.Bytes("b.txt", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("Title\r\n\r\nOne.\r\n\r\nTwo.")]);

        var a = ArticleFactory.Create(Assert.Single(ReadAll(lf)).Record!);
        var b = ArticleFactory.Create(Assert.Single(ReadAll(crlf)).Record!);

        Assert.Equal(a.Text, b.Text);
        Assert.Equal("Title", b.Title);
    }

    [Fact]
    public void Utf16_with_bom_is_decoded()
    {
        using var dir = new TempDir();
        string path = dir.Bytes("u16.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("Title\n\nBody text.")]);

        Assert.Equal("Body text.", Assert.Single(ReadAll(path)).Record!.Body.Trim());
    }

    [Fact]
    public void Missing_file_is_SIT001()
    {
        var error = SingleError("/nonexistent/article.txt");

        Assert.Equal(ErrorCode.FileNotFound, error.Code);
        Assert.StartsWith("/nonexistent/article.txt: SIT001", error.ToString());
    }

    [Fact]
    public void Binary_file_is_SIT003()
    {
        using var dir = new TempDir();
        string path = dir.Bytes("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]);

        Assert.Equal(ErrorCode.BinaryFile, SingleError(path).Code);
    }

    [Fact]
    public void Invalid_utf8_is_SIT004_with_the_line()
    {
        using var dir = new TempDir();
        string path = dir.Bytes("latin1.txt", [.. Encoding.ASCII.GetBytes("Title\n\nline two\nCaf"), 0xE9, .. Encoding.ASCII.GetBytes(" here\n")]);

        var error = SingleError(path);

        Assert.Equal(ErrorCode.InvalidUtf8, error.Code);
        Assert.Equal(4, error.Line);
        Assert.Contains("byte offset 19", error.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t\n  ")]
    public void Empty_or_blank_file_is_SIT005(string content)
    {
        using var dir = new TempDir();

        Assert.Equal(ErrorCode.EmptyInput, SingleError(dir.File("empty.txt", content)).Code);
    }

    [Fact]
    public void Title_without_body_is_SIT005()
    {
        using var dir = new TempDir();

        var error = SingleError(dir.File("t.txt", "Only a title\n"));

        Assert.Equal(ErrorCode.EmptyInput, error.Code);
        Assert.Contains("no body", error.Message);
    }

    [Fact]
    public void File_over_the_limit_is_SIT008()
    {
        using var dir = new TempDir();
        string path = dir.File("big.txt", "Title\n\n" + new string('x', 5000));

        Assert.Equal(ErrorCode.TooLarge, SingleError(path, new ReaderOptions { MaxFileBytes = 1000 }).Code);
    }
}
