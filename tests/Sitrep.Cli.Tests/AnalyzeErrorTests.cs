using System.Text;

namespace Sitrep.Cli.Tests;

/// <summary>Each bad input gets a message naming the file (and line) on stderr and a non-zero exit; good items still come out.</summary>
public sealed class AnalyzeErrorTests
{
    private const string Good = "Clashes near Hama\n\nGovernment troops advanced on Sunday, the army said.";

    [Fact]
    public void Missing_file()
    {
        var run = CliRun.Invoke("analyze", "/nonexistent/report.txt");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("/nonexistent/report.txt: SIT001", run.Stderr);
        Assert.Empty(run.Articles);
    }

    [Fact]
    public void Directory_without_articles()
    {
        using var dir = new TempDir();
        dir.File("notes.pdf", "x");

        var run = CliRun.Invoke("analyze", dir.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{dir.Path}: SIT002", run.Stderr);
    }

    [Fact]
    public void Binary_invalid_utf8_and_empty_files_in_a_batch_are_reported_and_skipped()
    {
        using var dir = new TempDir();
        string good = dir.File("good.txt", Good);
        string binary = dir.Bytes("binary.txt", [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00]);
        string latin1 = dir.Bytes("latin1.txt", [.. Encoding.ASCII.GetBytes("Title\n\nCaf"), 0xE9]);
        string empty = dir.File("empty.txt", "");

        var run = CliRun.Invoke("analyze", binary, good, latin1, empty);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("good", Assert.Single(run.Articles).GetProperty("id").GetString());
        Assert.Contains($"{binary}: SIT003", run.Stderr);
        Assert.Contains($"{latin1}:3: SIT004", run.Stderr);
        Assert.Contains($"{empty}: SIT005", run.Stderr);
        Assert.Contains("1 article(s) processed, 3 failed", run.Stderr);
    }

    [Fact]
    public void Malformed_jsonl_line_is_reported_with_its_number()
    {
        using var dir = new TempDir();
        string path = dir.File("feed.jsonl", "{\"text\":\"Troops advanced on Sunday.\"}\n{\"text\": oops}\n{\"title\":\"T\",\"text\":\"More shelling.\"}\n");

        var run = CliRun.Invoke("analyze", path, "--date", "2016-05-09");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(2, run.Articles.Length);
        Assert.Contains($"{path}:2: SIT006", run.Stderr);
    }

    [Fact]
    public void Malformed_csv_row_is_reported_with_its_line()
    {
        using var dir = new TempDir();
        string path = dir.File("items.csv", "id,title,text\n1,T1,Troops advanced.\n2,T2,Too,many,fields\n3,T3,More shelling.\n");

        var run = CliRun.Invoke("analyze", path);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["1", "3"], run.Articles.Select(a => a.GetProperty("id").GetString()));
        Assert.Contains($"{path}:3: SIT007", run.Stderr);
    }

    [Fact]
    public void Csv_column_map_option_is_applied_and_validated()
    {
        using var dir = new TempDir();
        string path = dir.File("c.csv", "headline_x,content_x\nT,Body text here.\n");

        var ok = CliRun.Invoke("analyze", path, "--columns", "title=headline_x,text=content_x");
        var bad = CliRun.Invoke("analyze", path, "--columns", "body=content_x");

        Assert.Equal(0, ok.ExitCode);
        Assert.Equal("T", Assert.Single(ok.Articles).GetProperty("title").GetString());
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("--columns: SIT010", bad.Stderr);
    }

    [Fact]
    public void Stdout_is_valid_json_even_when_everything_failed()
    {
        var run = CliRun.Invoke("analyze", "/nonexistent/a.txt", "/nonexistent/b.txt");

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Articles);
    }
}
