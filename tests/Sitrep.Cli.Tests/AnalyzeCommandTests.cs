using System.Text;
using System.Text.Json;

namespace Sitrep.Cli.Tests;


public sealed class AnalyzeCommandTests
{
    [Fact]
    public void Seed_article_gives_the_contract_with_eleven_paragraphs_and_resolved_dates()
    {
        string seed = TestPaths.SharedFile("examples/khan-touman.txt");

        var run = CliRun.Invoke("analyze", seed, "--date", "2016-05-09", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        var article = Assert.Single(run.Articles);
        Assert.Equal(11, article.GetProperty("paragraphs").GetArrayLength());
        Assert.Equal("2016-05-09", article.GetProperty("published").GetProperty("value").GetString());
        Assert.Equal("option", article.GetProperty("published").GetProperty("origin").GetString());
        var dates = article.GetProperty("dates").EnumerateArray()
            .Select(d => (Text: d.GetProperty("text").GetString()!, Value: d.GetProperty("value").GetString(), Precision: d.GetProperty("precision").GetString()))
            .ToList();
        Assert.Contains(dates, d => d.Text.Contains("weekend") && d.Value == "2016-05-07" && d.Precision == "week");
        Assert.Contains(dates, d => d.Text.Contains("December") && d.Value == "2015-12" && d.Precision == "month");
        Assert.Contains(dates, d => d.Text == "yesterday" && d.Value == "2016-05-08" && d.Precision == "day");
    }

    [Fact]
    public void Seed_article_sentences_are_the_real_sentences()
    {
        string seed = TestPaths.SharedFile("examples/khan-touman.txt");

        var article = Assert.Single(CliRun.Invoke("analyze", seed, "--date", "2016-05-09").Articles);
        string text = article.GetProperty("text").GetString()!;
        string[] sentences = Spans(article, "sentences").Select(s => text[s.Start..s.End]).ToArray();

        Assert.Equal(article.GetProperty("title").GetString(), sentences[0]);
        // Each body sentence starts with a capital or an opening quote and ends with a stop or a closing quote.
        Assert.All(sentences.Skip(1), s => Assert.Matches("^[“\"A-Z]", s));
        Assert.All(sentences.Skip(1), s => Assert.Matches("[.!?”\"]$", s));
        Assert.Contains(sentences, s => s.StartsWith("He reiterated", StringComparison.Ordinal));
        // A quote closed by an attribution is one sentence with it.
        Assert.Contains(sentences, s => s.StartsWith("“We believe", StringComparison.Ordinal) && s.EndsWith("Amir Abdollahian said.", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_span_of_every_layer_cuts_its_mention_out_of_text()
    {
        string example = TestPaths.Example("tal-rifaat-report.txt");

        var run = CliRun.Invoke("analyze", example, "--date", "2016-03-08");

        Assert.Equal(0, run.ExitCode);
        foreach (var article in run.Articles)
            SpanChecks.AssertAllSpansCutTheirText(article);
    }

    [Fact]
    public void Every_span_on_the_whole_fakes_corpus_cuts_its_text()
    {
        string corpus = TestPaths.SharedFile("corpora/fa-kes/dev.csv");

        var run = CliRun.Invoke("analyze", corpus, "--columns", "text=article_content,title=article_title,id=unit_id,source=source", "--compact");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(370, run.Articles.Length);
        int spans = run.Articles.Sum(SpanChecks.AssertAllSpansCutTheirText);
        Assert.True(spans > 370 * 5, $"only {spans} spans checked");
        // No metadata was mapped: every publication date found came from a dateline.
        Assert.All(run.Articles, a => Assert.Contains(a.GetProperty("published").GetProperty("origin").GetString(), new[] { "dateline", null }));
    }

    [Fact]
    public void Jsonl_metadata_gives_the_publication_date()
    {
        using var dir = new TempDir();
        string path = dir.File("feed.jsonl", "{\"id\":\"a\",\"title\":\"T\",\"text\":\"Shells fell yesterday.\",\"source\":\"sana\",\"published\":\"2016-05-09T08:00:00Z\"}\n");

        var article = Assert.Single(CliRun.Invoke("analyze", path).Articles);

        Assert.Equal("metadata", article.GetProperty("published").GetProperty("origin").GetString());
        Assert.Equal("sana", article.GetProperty("source").GetString());
        Assert.Equal("2016-05-08", article.GetProperty("dates")[0].GetProperty("value").GetString());
    }

    [Fact]
    public void Source_option_overrides_the_record()
    {
        var article = Assert.Single(CliRun.Invoke("analyze", TestPaths.Example("tal-rifaat-report.txt"), "--source", "wire").Articles);

        Assert.Equal("wire", article.GetProperty("source").GetString());
    }

    [Fact]
    public void Text_format_is_a_readable_summary()
    {
        var run = CliRun.Invoke("analyze", TestPaths.Example("tal-rifaat-report.txt"), "--date", "2016-03-08", "--format", "text");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("# Army and Rebels Trade Claims", run.Stdout);
        Assert.Contains("published: 2016-03-08 (option)", run.Stdout);
        Assert.Contains("\"yesterday\"", run.Stdout);
    }

    [Fact]
    public void An_invalid_date_option_is_refused_with_exit_code_2()
    {
        var run = CliRun.Invoke("analyze", TestPaths.Example("tal-rifaat-report.txt"), "--date", "9 May");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("SIT010", run.Stderr);
        Assert.Equal("", run.Stdout);
    }

    [Fact]
    public void Unknown_format_is_a_usage_error()
    {
        var run = CliRun.Invoke("analyze", TestPaths.Example("tal-rifaat-report.txt"), "--format", "xml");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("xml", run.Stderr);
    }

    private static IEnumerable<(int Start, int End)> Spans(JsonElement article, string layer) =>
        article.GetProperty(layer).EnumerateArray().Select(s => (s[0].GetInt32(), s[1].GetInt32()));
}
