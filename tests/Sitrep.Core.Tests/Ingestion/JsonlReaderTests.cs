using Sitrep.Errors;
using Sitrep.Ingestion;
using static Sitrep.Tests.Ingestion.ReaderTestKit;

namespace Sitrep.Tests.Ingestion;

public sealed class JsonlReaderTests
{
    [Fact]
    public void Reads_fields_and_reports_bad_lines_by_number_without_stopping()
    {
        using var dir = new TempDir();
        string path = dir.File("feed.jsonl", string.Join('\n',
            """{"id":"x1","title":"T1","text":"Body one.","source":"sana","url":"http://example.org/1","published":"2016-05-09","extra":[1,2]}""",
            "",
            """{"text": "Body two", "published": 20160510}""",
            """{"title": "no text"}""",
            """{"text": 42}""",
            """{"text": "unterminated""",
            """["an", "array"]""",
            """{"text": "   "}""",
            """{"text":"Body three"}"""));

        var results = ReadAll(path);

        var records = results.Where(r => r.IsSuccess).Select(r => r.Record!).ToList();
        Assert.Equal(["x1", "feed:3", "feed:9"], records.Select(r => r.Id));
        Assert.Equal(("T1", "sana", "http://example.org/1", "2016-05-09"), (records[0].Title, records[0].Source, records[0].Url, records[0].Published));
        Assert.Equal("20160510", records[1].Published);
        Assert.Equal($"{path}:9", records[2].Origin);

        var errors = results.Where(r => !r.IsSuccess).Select(r => r.Error!).ToList();
        Assert.Equal([4L, 5, 6, 7, 8], errors.Select(e => e.Line!.Value));
        Assert.Equal([ErrorCode.MalformedJsonLine, ErrorCode.MalformedJsonLine, ErrorCode.MalformedJsonLine, ErrorCode.MalformedJsonLine, ErrorCode.EmptyInput], errors.Select(e => e.Code));
        Assert.Contains("no \"text\"", errors[0].Message);
        Assert.Contains("must be a string", errors[1].Message);
        Assert.StartsWith($"{path}:6: SIT006", errors[2].ToString());
    }

    [Fact]
    public void Invalid_utf8_on_one_line_spoils_only_that_line()
    {
        using var dir = new TempDir();
        string path = dir.Bytes("bad.jsonl", [.. "{\"text\":\"ok\"}\n{\"text\":\"caf"u8.ToArray(), 0xE9, .. "\"}\n{\"text\":\"ok too\"}\n"u8.ToArray()]);

        var results = ReadAll(path);

        Assert.Equal(2, results.Count(r => r.IsSuccess));
        Assert.Equal(2, results.Single(r => !r.IsSuccess).Error!.Line);
    }

    [Fact]
    public void An_overlong_line_is_skipped_with_SIT008()
    {
        using var dir = new TempDir();
        string path = dir.File("long.jsonl", "{\"text\":\"" + new string('x', 300_000) + "\"}\n{\"text\":\"short\"}\n");

        var results = ReadAll(path, new ReaderOptions { MaxRecordChars = 1000 });

        Assert.Equal(ErrorCode.TooLarge, results[0].Error!.Code);
        Assert.Equal(1, results[0].Error!.Line);
        Assert.Equal("short", results[1].Record!.Body);
    }

    [Fact]
    public void A_file_of_blank_lines_is_SIT005()
    {
        using var dir = new TempDir();

        Assert.Equal(ErrorCode.EmptyInput, SingleError(dir.File("blank.jsonl", "\n\n")).Code);
    }
}
