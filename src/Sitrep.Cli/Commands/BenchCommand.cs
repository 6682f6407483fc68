using System.CommandLine;
using System.Diagnostics;
using System.Text;
using Sitrep.Ingestion;
using Sitrep.Model;
using Sitrep.Output;
using Sitrep.Pipeline;
using Sitrep.Recognition.Places.Gazetteer;
using Sitrep.Storage;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep bench CORPUS [--articles N]</c>: throughput of analysis and of analysis + storage, on
/// one core and on all, gazetteer cold start and peak memory, on a corpus replicated to N articles.
/// Prints the machine's core count and the exact corpus size so figures can be compared.
/// </summary>
public static class BenchCommand
{
    public static Command Create(CliContext context)
    {
        var corpus = new Argument<string[]>("corpus") { Description = "Articles to replicate (any input ingest reads).", Arity = ArgumentArity.OneOrMore };
        var articles = new Option<int>("--articles") { Description = "Corpus size after replication.", DefaultValueFactory = _ => 10_000 };
        var postgres = new Option<string?>("--postgres")
        {
            Description = "Store into this PostgreSQL database (postgres://user:pass@host:port/db), in a scratch schema dropped afterwards, instead of a scratch SQLite file.",
        };
        var input = InputOptions.Create();
        var command = new Command("bench", "Measure throughput (articles/s, MB/s; one core and all cores; analyse and analyse+store into SQLite or PostgreSQL), gazetteer cold start and peak memory.");
        command.Arguments.Add(corpus);
        command.Options.Add(articles);
        command.Options.Add(postgres);
        input.AddTo(command);
        command.SetAction(parse =>
        {
            if (!input.TryGetReaderOptions(parse, context, out ReaderOptions? readerOptions))
                return ExitCodes.Failed;
            using var output = EventExport.Utf8(context.Stdout);
            var clock = Stopwatch.StartNew();
            ArticlePipeline pipeline;
            try
            {
                pipeline = SitrepPipeline.Default;
            }
            catch (GazetteerUnavailableException ex)
            {
                context.Stderr.WriteLine(ex.Error);
                return ExitCodes.Failed;
            }
            double coldStart = clock.Elapsed.TotalMilliseconds;
            var records = ArticleReaders.Read(parse.GetValue(corpus)!, readerOptions).Where(r => r.IsSuccess).Select(r => r.Record!).ToList();
            if (records.Count == 0)
            {
                context.Stderr.WriteLine("sitrep: bench: no readable articles in the corpus.");
                return ExitCodes.Failed;
            }
            int n = parse.GetValue(articles);
            // Each copy gets a distinct last line, so the store sees n different articles.
            var corpusRecords = Enumerable.Range(0, n).Select(i =>
            {
                var r = records[i % records.Count];
                return i < records.Count ? r : r with { Id = $"{r.Id}-{i / records.Count}", Body = r.Body + $"\n\nCopy {i / records.Count}." };
            }).ToList();
            long bytes = corpusRecords.Sum(r => (long)Encoding.UTF8.GetByteCount(r.Body) + Encoding.UTF8.GetByteCount(r.Title ?? ""));
            int cores = Environment.ProcessorCount;
            string? server = parse.GetValue(postgres);
            string backend = server is null ? "SQLite" : "PostgreSQL";
            if (server is not null)
            {
                // Fail before the long warm-up: a wrong address or missing rights show at once.
                try
                {
                    if (!EventStore.IsPostgres(server))
                        throw new StoreException(new Errors.SitrepError(Errors.ErrorCode.StoreFailed, server, null, "--postgres takes a PostgreSQL database: postgres://user:pass@host:port/db."));
                    EventStore.WithScratchStore(server, _ => { });
                }
                catch (StoreException ex)
                {
                    context.Stderr.WriteLine(ex.Error);
                    return ExitCodes.Failed;
                }
            }

            output.WriteLine($"sitrep bench — {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {cores} core(s), .NET {Environment.Version}, {RuntimeInfo()}");
            output.WriteLine($"corpus: {records.Count} distinct article(s) replicated to {n:N0} ({bytes / 1e6:F1} MB of UTF-8 text)");
            output.WriteLine($"gazetteer cold start (load + pipeline build): {coldStart:F0} ms");
            output.Flush();

            // Warm-up: the first passes run while the JIT is still compiling, instrumenting (dynamic PGO) and
            // recompiling hot methods, at a fraction of the final speed, so they are reported apart and the
            // measured runs start once a pass over the distinct articles no longer gets faster. Ready-to-run
            // code is quick from the start and plateaus before the JIT's final tier replaces it, so the
            // warm-up also lasts at least WarmUpSeconds.
            var options = new AnalysisOptions();
            var distinct = corpusRecords.Take(records.Count).ToList();
            double first = 0, previous = double.MaxValue;
            int passes = 0;
            var warmClock = Stopwatch.StartNew();
            while (passes < 50)
            {
                var pass = Stopwatch.StartNew();
                foreach (var r in distinct)
                    pipeline.Process(ArticleFactory.Create(r), options);
                double seconds = pass.Elapsed.TotalSeconds;
                passes++;
                if (passes == 1)
                    first = distinct.Count / seconds;
                // Stop when a pass gains under 2 % on the best before it, after three passes and WarmUpSeconds.
                if (passes >= 3 && seconds > previous * 0.98 && warmClock.Elapsed.TotalSeconds >= WarmUpSeconds)
                    break;
                previous = Math.Min(previous, seconds);
            }
            output.WriteLine($"warm-up: {passes} passes over the {distinct.Count} distinct articles in {warmClock.Elapsed.TotalSeconds:F1} s; the first ran at {first:F0} articles/s on 1 core (the JIT still compiling)");
            output.Flush();

            Measure(output, "analyse, 1 core", n, bytes, () =>
            {
                foreach (var r in corpusRecords)
                    pipeline.Process(ArticleFactory.Create(r), options);
            });
            Measure(output, $"analyse, {cores} cores", n, bytes, () =>
                Parallel.ForEach(corpusRecords, new ParallelOptions { MaxDegreeOfParallelism = cores }, r => pipeline.Process(ArticleFactory.Create(r), options)));

            // Where the one-core storage time goes: the writer's share alone (SQLite, articles analysed
            // and serialised beforehand), and serialising alone. On a sample of StoreSample articles,
            // which bounds the memory the analysed articles hold.
            int sample = Math.Min(n, StoreSample);
            var analysed = corpusRecords.Take(sample).Select(r =>
            {
                var article = ArticleFactory.Create(r);
                pipeline.Process(article, options);
                return article;
            }).ToList();
            byte[][] blobs = new byte[sample][];
            Measure(output, "serialise (JSON + Brotli), 1 core", sample, bytes * sample / n, () =>
            {
                for (int i = 0; i < sample; i++)
                    blobs[i] = AnalysisBlob.Of(analysed[i]);
            });
            EventStore.WithScratchStore(server, store => Measure(output, $"store only ({backend}), 1 writer", sample, bytes * sample / n, () =>
            {
                using (store.WriteBatch())
                    for (int i = 0; i < sample; i++)
                        store.Add(analysed[i], blobs[i]);
            }));
            analysed.Clear();
            blobs = [];

            foreach (int workers in cores == 1 ? [1] : new[] { 1, cores })
            {
                EventStore.WithScratchStore(server, store => Measure(output, $"analyse + store ({backend}), {workers} core(s)", n, bytes, () =>
                    OrderedParallel.Run(corpusRecords, r =>
                    {
                        var article = ArticleFactory.Create(r);
                        pipeline.Process(article, options);
                        return (article, AnalysisBlob.Of(article));
                    }, (_, x) => store.Add(x.article, x.Item2), workers, consumeScope: store.WriteBatch, itemsPerScope: EventStore.ArticlesPerBatch)));
            }
            using var process = Process.GetCurrentProcess();
            output.WriteLine($"peak resident memory: {process.PeakWorkingSet64 / 1e6:F0} MB");
            return ExitCodes.Success;
        });
        return command;
    }

    private const double WarmUpSeconds = 8;

    private const int StoreSample = 2_000;

    private static void Measure(TextWriter output, string name, int n, long bytes, Action run)
    {
        GC.Collect();
        long allocated = GC.GetTotalAllocatedBytes(precise: true);
        int gen0 = GC.CollectionCount(0), gen1 = GC.CollectionCount(1), gen2 = GC.CollectionCount(2);
        var paused = GC.GetTotalPauseDuration();
        var clock = Stopwatch.StartNew();
        run();
        double s = clock.Elapsed.TotalSeconds;
        // Allocation per article and collections by generation: the garbage collector's share of the time shows here first.
        double perArticle = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / (double)n;
        output.WriteLine($"{name,-42} {n / s,8:F0} articles/s  {bytes / 1e6 / s,6:F2} MB/s  ({s:F1} s)  {perArticle / 1e6,5:F1} MB allocated/article, GCs {GC.CollectionCount(0) - gen0}/{GC.CollectionCount(1) - gen1}/{GC.CollectionCount(2) - gen2} (gen0/1/2), paused {(GC.GetTotalPauseDuration() - paused).TotalSeconds / s:P0}");
        output.Flush();
    }

    private static string RuntimeInfo() => $"{System.Runtime.InteropServices.RuntimeInformation.OSDescription.Trim()}";
}
