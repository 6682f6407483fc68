using Sitrep.Errors;
using static Sitrep.Tests.Ingestion.ReaderTestKit;

namespace Sitrep.Tests.Ingestion;

public sealed class DirectoryReaderTests
{
    [Fact]
    public void Reads_supported_files_in_order_and_reports_the_bad_one()
    {
        using var dir = new TempDir();
        dir.File("b.txt", "B title\n\nB body.");
        dir.File("a.txt", "A title\n\nA body.");
        dir.Bytes("c.txt", [0xFF, 0xFE, 0x00, 0xD8]);
        dir.File("sub/d.jsonl", "{\"text\":\"D body\"}\n");
        dir.File("notes.pdf", "not an article");
        dir.File(".hidden/e.txt", "E\n\nhidden");

        var results = ReadAll(dir.Path);

        Assert.Equal(["a", "b", "d:1"], results.Where(r => r.IsSuccess).Select(r => r.Record!.Id));
        var error = Assert.Single(results, r => !r.IsSuccess).Error!;
        Assert.EndsWith("c.txt", error.Path);
    }

    [Fact]
    public void A_directory_without_readable_articles_is_SIT002()
    {
        using var dir = new TempDir();
        dir.File("readme.pdf", "x");
        dir.File("empty.txt", "");

        var results = ReadAll(dir.Path);

        var last = results[^1].Error!;
        Assert.Equal(ErrorCode.NoArticlesInDirectory, last.Code);
        Assert.Equal(dir.Path, last.Path);
        Assert.Contains(results, r => r.Error?.Code == ErrorCode.EmptyInput);
    }

    [Fact]
    public void An_empty_directory_is_SIT002()
    {
        using var dir = new TempDir();

        Assert.Equal(ErrorCode.NoArticlesInDirectory, SingleError(dir.Path).Code);
    }
}
