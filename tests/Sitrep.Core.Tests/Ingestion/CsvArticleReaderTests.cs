using Sitrep.Errors;
using Sitrep.Ingestion;
using static Sitrep.Tests.Ingestion.ReaderTestKit;

namespace Sitrep.Tests.Ingestion;

public sealed class CsvArticleReaderTests
{
    private static ReaderOptions Map(string spec)
    {
        Assert.True(CsvColumnMap.TryParse(spec, out var map, out string? problem), problem);
        return new ReaderOptions { CsvColumns = map };
    }

    [Fact]
    public void Default_aliases_find_the_columns()
    {
        using var dir = new TempDir();
        string path = dir.File("a.csv", "id,headline,body,outlet,link,pubdate\n7,Shelling in Idlib,\"Two killed, five hurt.\",sana,http://x.test/7,2017-04-05\n");

        var record = Assert.Single(ReadAll(path)).Record!;

        Assert.Equal(("7", "Shelling in Idlib", "Two killed, five hurt.", "sana", "http://x.test/7", "2017-04-05"),
            (record.Id, record.Title, record.Body, record.Source, record.Url, record.Published));
    }

    [Fact]
    public void A_bare_date_column_is_not_taken_for_the_publication_date()
    {
        using var dir = new TempDir();
        string path = dir.File("a.csv", "text,date\nBody.,4/7/2017\n");

        Assert.Null(Assert.Single(ReadAll(path)).Record!.Published);
        Assert.Equal("4/7/2017", Assert.Single(ReadAll(path, Map("text=text,published=date"))).Record!.Published);
    }

    [Fact]
    public void Column_map_picks_named_columns_and_quoted_fields_span_lines()
    {
        using var dir = new TempDir();
        string path = dir.File("m.csv", "unit,article_title,article_content\n1,T,\"Line one\nline two with \"\"quotes\"\"\"\n");

        var record = Assert.Single(ReadAll(path, Map("id=unit,title=article_title,text=article_content"))).Record!;

        Assert.Equal("1", record.Id);
        Assert.Equal("Line one\nline two with \"quotes\"", record.Body);
    }

    [Fact]
    public void A_mapped_column_missing_from_the_header_names_the_columns()
    {
        using var dir = new TempDir();
        string path = dir.File("m.csv", "a,b\n1,2\n");

        var error = SingleError(path, Map("text=content"));

        Assert.Equal(ErrorCode.MalformedCsv, error.Code);
        Assert.Contains("'content'", error.Message);
        Assert.Contains("a, b", error.Message);
    }

    [Fact]
    public void No_text_column_asks_for_a_map()
    {
        using var dir = new TempDir();

        var error = SingleError(dir.File("m.csv", "x,y\n1,2\n"));

        Assert.Contains("--columns text=", error.Message);
    }

    [Fact]
    public void A_malformed_row_is_reported_with_its_line_and_the_rest_is_read()
    {
        using var dir = new TempDir();
        string path = dir.File("rows.csv", "id,text\n1,First.\n2,Second,extra\n3,\"Bad \"quote\" here\"\n4,\n5,Fifth.\n");

        var results = ReadAll(path);

        Assert.Equal(["1", "5"], results.Where(r => r.IsSuccess).Select(r => r.Record!.Id));
        var errors = results.Where(r => !r.IsSuccess).Select(r => r.Error!).ToList();
        Assert.Equal([3L, 4, 5], errors.Select(e => e.Line!.Value));
        Assert.All(errors.Take(2), e => Assert.Equal(ErrorCode.MalformedCsv, e.Code));
        Assert.Equal(ErrorCode.EmptyInput, errors[2].Code);
    }

    [Theory]
    [InlineData("txt=a", "unknown field 'txt'")]
    [InlineData("text=a,text=b", "mapped twice")]
    [InlineData("text", "not FIELD=COLUMN")]
    [InlineData(",", "empty")]
    public void Bad_column_maps_are_refused(string spec, string message)
    {
        Assert.False(CsvColumnMap.TryParse(spec, out _, out string? problem));
        Assert.Contains(message, problem);
    }

    [Fact]
    public void Reads_the_whole_fakes_corpus_without_errors()
    {
        string path = TestPaths.SharedFile("corpora/fa-kes/dev.csv");

        var results = ReadAll(path, Map("text=article_content,title=article_title,id=unit_id,source=source"));

        Assert.Equal(370, results.Count(r => r.IsSuccess));
        Assert.DoesNotContain(results, r => !r.IsSuccess);
    }
}
