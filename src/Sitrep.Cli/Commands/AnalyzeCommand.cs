using System.CommandLine;
using System.Globalization;
using Sitrep.Cli.Output;
using Sitrep.Errors;
using Sitrep.Ingestion;
using Sitrep.Pipeline;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep analyze PATH... [--date D] [--source S] [--format json|text]</c>: analyse articles and print the result.</summary>
public static class AnalyzeCommand
{
    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Article files (.txt wire format, .jsonl, .csv) or directories of them.",
            Arity = ArgumentArity.OneOrMore,
        };
        var date = new Option<string?>("--date") { Description = "Publication date (YYYY-MM-DD) for every article; overrides metadata and datelines." };
        var source = new Option<string?>("--source") { Description = "Outlet that published the articles (e.g. sana); overrides the input's own." };
        var format = new Option<string>("--format") { Description = "Output: json (the documented contract) or text (a summary for people).", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "text");
        var compact = new Option<bool>("--compact") { Description = "JSON on one line instead of indented." };
        var input = InputOptions.Create();

        var command = new Command("analyze", "Analyse articles: paragraphs, sentences, dates, places; printed as JSON or text.");
        command.Arguments.Add(paths);
        command.Options.Add(date);
        command.Options.Add(source);
        command.Options.Add(format);
        command.Options.Add(compact);
        input.AddTo(command);

        command.SetAction(parse =>
        {
            if (!TryParseDate(parse.GetValue(date), context, out DateOnly? published))
                return ExitCodes.Failed;
            if (!input.TryGetReaderOptions(parse, context, out ReaderOptions? readerOptions))
                return ExitCodes.Failed;

            ArticlePipeline pipeline;
            try
            {
                pipeline = SitrepPipeline.Default;
            }
            catch (Sitrep.Recognition.Places.Gazetteer.GazetteerUnavailableException ex)
            {
                context.Stderr.WriteLine(ex.Error);
                return ExitCodes.Failed;
            }
            var analysis = new AnalysisOptions { PublishedOverride = published, SourceOverride = parse.GetValue(source) };
            using IArticleSink sink = parse.GetValue(format) == "text"
                ? new TextSummarySink(context.Stdout)
                : new JsonContractSink(context.Stdout, indented: !parse.GetValue(compact));
            var batch = new BatchRunner(context);
            return batch.Run(ArticleReaders.Read(parse.GetValue(paths)!, readerOptions), record =>
            {
                var article = ArticleFactory.Create(record);
                pipeline.Process(article, analysis);
                sink.Write(article);
            });
        });
        return command;
    }

    internal static bool TryParseDate(string? value, CliContext context, out DateOnly? date)
    {
        date = null;
        if (value is null)
            return true;
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            date = parsed;
            return true;
        }
        context.Stderr.WriteLine(new SitrepError(ErrorCode.InvalidOption, "--date", null, $"'{value}' is not a date in the form YYYY-MM-DD."));
        return false;
    }
}
