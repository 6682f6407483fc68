using System.CommandLine;
using Sitrep.Ingestion;
using Sitrep.Output;
using Sitrep.Pipeline;
using Sitrep.Storage;

namespace Sitrep.Cli.Commands.Store;

/// <summary>
/// <c>sitrep ingest PATH... [--db DB]</c>: read, analyse and store articles. Idempotent (an article
/// whose content is already stored is skipped before analysis) and transactional per article: a
/// killed run loses nothing committed and leaves no half-stored article.
/// </summary>
public static class IngestCommand
{
    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Articles: .txt, .jsonl, .csv, saved .html pages, .rss/.atom/.xml feeds, or directories of them.",
            Arity = ArgumentArity.OneOrMore,
        };
        var date = new Option<string?>("--date") { Description = "Publication date (YYYY-MM-DD) for every article; overrides metadata and datelines." };
        var source = new Option<string?>("--source") { Description = "Outlet that published the articles; overrides the input's own." };
        var workers = new Option<int>("--workers") { Description = "Articles analysed at once (default: one per core); results are stored in input order either way.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var db = new StoreOptions();
        var input = InputOptions.Create();
        var command = new Command("ingest", "Analyse articles and store them with their events (skips articles already stored).");
        command.Arguments.Add(paths);
        command.Options.Add(date);
        command.Options.Add(source);
        command.Options.Add(workers);
        db.AddTo(command);
        input.AddTo(command);
        command.SetAction(parse =>
        {
            if (!AnalyzeCommand.TryParseDate(parse.GetValue(date), context, out DateOnly? published)
                || !input.TryGetReaderOptions(parse, context, out ReaderOptions? readerOptions))
                return ExitCodes.Failed;
            if (!TryPipeline(context, out var pipeline) || !db.TryOpen(parse, context, out var store))
                return ExitCodes.Failed;
            using (store)
            {
                var analysis = new AnalysisOptions { PublishedOverride = published, SourceOverride = parse.GetValue(source) };
                int added = 0, known = 0;
                var batch = new BatchRunner(context);
                // Analysis runs on every core; the store sees the articles one by one, in input order.
                int exit = batch.RunOrdered(ArticleReaders.Read(parse.GetValue(paths)!, readerOptions),
                    record =>
                    {
                        var article = ArticleFactory.Create(record);
                        string hash = ContentHash.Of(article);
                        return (article, hash, Analysed: false, Blob: (byte[]?)null);
                    },
                    item => item with { Analysed = !store.Contains(item.hash) },
                    // Analysis, serialisation and compression all run on the worker cores.
                    item => item.Analysed ? item with { Blob = Analyse(pipeline, item.article, analysis) } : item,
                    item =>
                    {
                        // Another worker may have stored it since the check: the unique hash decides, nothing doubles.
                        if (!item.Analysed || store.Add(item.article, item.Blob!) is null)
                            known++;
                        else
                            added++;
                    },
                    parse.GetValue(workers),
                    () => $"Ingesting: {added} new, {known} already stored, {batch.Failed} failed",
                    // One commit per few hundred articles: each article whole or absent, far fewer commits.
                    consumeScope: store.WriteBatch, itemsPerScope: EventStore.ArticlesPerBatch);
                context.Stderr.WriteLine($"sitrep: {added} new article(s), {known} already stored, {batch.Failed} failed → {store.Description} ({store.ArticleCount()} articles, {store.EventCount()} events).");
                return exit;
            }
        });
        return command;
    }

    private static byte[] Analyse(ArticlePipeline pipeline, Model.Article article, AnalysisOptions options)
    {
        pipeline.Process(article, options);
        return AnalysisBlob.Of(article);
    }

    internal static bool TryPipeline(CliContext context, out ArticlePipeline pipeline)
    {
        try
        {
            pipeline = SitrepPipeline.Default;
            return true;
        }
        catch (Sitrep.Recognition.Places.Gazetteer.GazetteerUnavailableException ex)
        {
            context.Stderr.WriteLine(ex.Error);
            pipeline = null!;
            return false;
        }
    }
}

/// <summary><c>sitrep reanalyze [--all]</c>: re-code stored articles after the dictionaries or the code changed.</summary>
public static class ReanalyzeCommand
{
    public static Command Create(CliContext context)
    {
        var all = new Option<bool>("--all") { Description = "Re-code every article, not only those coded with other dictionaries." };
        var db = new StoreOptions();
        var command = new Command("reanalyze", "Re-code stored articles whose analysis was made with other dictionaries (or all with --all).");
        command.Options.Add(all);
        db.AddTo(command);
        command.SetAction(parse =>
        {
            if (!IngestCommand.TryPipeline(context, out var pipeline) || !db.TryOpen(parse, context, out var store))
                return ExitCodes.Failed;
            using (store)
            {
                string current = Sitrep.Dictionaries.DataFiles.Fingerprint;
                var stale = store.ArticleIndex().Where(a => parse.GetValue(all) || a.AnalyzerVersion != current).ToList();
                int done = 0;
                foreach (var (id, _, _) in stale)
                {
                    var stored = store.GetArticle(id)!;
                    var article = Rebuild(stored);
                    pipeline.Process(article, new AnalysisOptions());
                    store.Replace(id, article, ArticleJsonWriter.ToJson(article));
                    done++;
                }
                context.Stderr.WriteLine($"sitrep: re-coded {done} article(s) of {store.ArticleCount()} (dictionaries {current}) → {store.Description} ({store.EventCount()} events).");
                return ExitCodes.Success;
            }
        });
        return command;
    }

    /// <summary>The article as it was ingested: the stored text is title + blank line + body.</summary>
    internal static Model.Article Rebuild(Aggregation.StoredArticle stored)
    {
        string body = stored.Title is { } title && stored.Text.StartsWith(title + "\n\n", StringComparison.Ordinal) ? stored.Text[(title.Length + 2)..] : stored.Text;
        var record = new ArticleRecord(stored.Key, stored.Key, stored.Title, body, stored.Source, stored.Url, stored.Published);
        return ArticleFactory.Create(record);
    }
}
