using System.CommandLine;
using Sitrep.Errors;
using Sitrep.Evaluation;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep eval dates [CSV]</c>: measure Sitrep against a labelled corpus.</summary>
public static class EvalCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("eval", "Measure Sitrep against labelled corpora (read from ../shared, never copied).");

        var corpus = new Argument<string>("corpus")
        {
            Description = "The FA-KES CSV (columns article_title, article_content, source, date).",
            DefaultValueFactory = _ => FakesCorpus.DefaultPath,
        };
        var quiet = new Option<bool>("--summary") { Description = "Print the figures without the list of misses." };
        var dates = new Command("dates", "Publication dates found from datelines alone vs the labelled date (±1 day).");
        dates.Arguments.Add(corpus);
        dates.Options.Add(quiet);
        dates.SetAction(parse =>
        {
            string path = parse.GetValue(corpus)!;
            if (!File.Exists(path))
            {
                context.Stderr.WriteLine(new SitrepError(ErrorCode.FileNotFound, path, null, "no such file; the corpora live in ../shared beside the repository."));
                return ExitCodes.Failed;
            }
            var result = DatelineEvaluation.Run(FakesCorpus.Read(path));
            using var output = new StreamWriter(context.Stdout, leaveOpen: true);
            result.WriteReport(output, listMisses: !parse.GetValue(quiet));
            return ExitCodes.Success;
        });
        command.Subcommands.Add(dates);

        var placesCorpus = new Argument<string>("corpus") { Description = "The FA-KES CSV (columns article_title, article_content, location).", DefaultValueFactory = _ => FakesCorpus.DefaultPath };
        var placesQuiet = new Option<bool>("--summary") { Description = "Print the figures without the list of misses." };
        var places = new Command("places", "Focus place vs the labelled governorate (FA-KES).");
        places.Arguments.Add(placesCorpus);
        places.Options.Add(placesQuiet);
        places.SetAction(parse =>
        {
            string path = parse.GetValue(placesCorpus)!;
            if (!File.Exists(path))
            {
                context.Stderr.WriteLine(new SitrepError(ErrorCode.FileNotFound, path, null, "no such file; the corpora live in ../shared beside the repository."));
                return ExitCodes.Failed;
            }
            var result = FocusEvaluation.Run(FakesCorpus.Read(path), Sitrep.Pipeline.SitrepPipeline.Default);
            using var output = new StreamWriter(context.Stdout, leaveOpen: true);
            result.WriteReport(output, listMisses: !parse.GetValue(placesQuiet));
            return ExitCodes.Success;
        });
        command.Subcommands.Add(places);
        return command;
    }
}
