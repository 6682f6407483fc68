namespace Sitrep.Cli.Tests;

/// <summary>The benchmark command runs and reports what it promises; its figures are documented, never asserted.</summary>
[Collection(ProcessStateCollection.Name)]
public sealed class BenchCommandTests
{
    [Fact]
    public void Bench_prints_cores_corpus_size_warm_up_throughput_allocation_cold_start_and_memory()
    {
        if (!Sitrep.Recognition.Places.Gazetteer.Gazetteer.IsAvailable)
            Assert.Skip("The world gazetteer is not built; run scripts/build-gazetteer.sh.");
        string example = TestPaths.Example("tal-rifaat-report.txt");

        var run = CliRun.Invoke("bench", example, "--articles", "40");

        Assert.Equal(0, run.ExitCode);
        Assert.Matches($@"{Environment.ProcessorCount} core\(s\)", run.Stdout);
        Assert.Contains("corpus: 1 distinct article(s) replicated to 40 (", run.Stdout);
        Assert.Matches(@"gazetteer cold start \(load \+ pipeline build\): \d+ ms", run.Stdout);
        Assert.Matches(@"warm-up: \d+ passes over the 1 distinct articles in \d+\.\d s; the first ran at \d+ articles/s", run.Stdout);
        Assert.Matches(@"analyse, 1 core +\d+ articles/s +\d+\.\d\d MB/s .* MB allocated/article, GCs \d+/\d+/\d+ \(gen0/1/2\), paused \d+ ?%", run.Stdout);
        Assert.Matches(@"analyse \+ store \(SQLite\), 1 core\(s\) +\d+ articles/s", run.Stdout);
        Assert.Matches(@"peak resident memory: \d+ MB", run.Stdout);
    }
}
