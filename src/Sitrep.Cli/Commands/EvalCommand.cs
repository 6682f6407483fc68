using System.CommandLine;
using Sitrep.Errors;
using Sitrep.Evaluation;
using Sitrep.Pipeline;
using Sitrep.Recognition.Places.Gazetteer;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep eval dates|places|events|gold [CSV]</c>: measure Sitrep against a labelled corpus.</summary>
public static class EvalCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("eval", "Measure Sitrep against labelled corpora (read from ../shared, never copied).");
        command.Subcommands.Add(Measure(context, "dates", "Publication dates found from datelines alone vs the labelled date (±1 day).",
            (rows, output, misses, _) => DatelineEvaluation.Run(rows).WriteReport(output, misses)));
        command.Subcommands.Add(Measure(context, "places", "Focus place vs the labelled governorate.",
            (rows, output, misses, _) => FocusEvaluation.Run(rows, SitrepPipeline.Default).WriteReport(output, misses)));
        command.Subcommands.Add(Measure(context, "events", "Events per article, focus date vs the labelled date, counts per CAMEO root and PLOVER type.",
            (rows, output, misses, _) => EventEvaluation.Run(rows, SitrepPipeline.Default).WriteReport(output, misses)));
        var gold = new Option<string>("--gold")
        {
            Description = "The hand-coded gold TSV (see eval/gold/README.md).",
            DefaultValueFactory = _ => GoldEvaluation.DefaultGoldPath,
        };
        command.Subcommands.Add(Measure(context, "gold", "Event precision and recall against the hand-coded gold set (root + actor1 country + governorate).",
            (rows, output, misses, parse) =>
            {
                string goldPath = parse.GetValue(gold)!;
                if (!File.Exists(goldPath))
                    throw new FileNotFoundException("no such gold file", goldPath);
                GoldEvaluation.Run(rows, GoldEvaluation.ReadGold(goldPath), SitrepPipeline.Default).WriteReport(output, misses);
            }, gold));
        return command;
    }

    /// <summary>One evaluation over the FA-KES CSV: argument, options, and the error handling they share.</summary>
    private static Command Measure(CliContext context, string name, string description, Action<List<FakesRow>, TextWriter, bool, ParseResult> run, params Option[] extra)
    {
        var corpus = new Argument<string>("corpus")
        {
            Description = "The FA-KES CSV (columns article_title, article_content, source, date, location).",
            DefaultValueFactory = _ => FakesCorpus.DefaultPath,
        };
        var summary = new Option<bool>("--summary") { Description = "Print the figures without the list of misses." };
        var command = new Command(name, description);
        command.Arguments.Add(corpus);
        command.Options.Add(summary);
        foreach (var option in extra)
            command.Options.Add(option);
        command.SetAction(parse =>
        {
            string path = parse.GetValue(corpus)!;
            if (!File.Exists(path))
            {
                context.Stderr.WriteLine(new SitrepError(ErrorCode.FileNotFound, path, null, "no such file; the corpora live in ../shared beside the repository."));
                return ExitCodes.Failed;
            }
            try
            {
                using var output = new StreamWriter(context.Stdout, leaveOpen: true);
                run(FakesCorpus.Read(path), output, !parse.GetValue(summary), parse);
                return ExitCodes.Success;
            }
            catch (FileNotFoundException ex)
            {
                context.Stderr.WriteLine(new SitrepError(ErrorCode.FileNotFound, ex.FileName ?? "", null, ex.Message + "."));
                return ExitCodes.Failed;
            }
            catch (InvalidDataException ex)
            {
                context.Stderr.WriteLine(new SitrepError(ErrorCode.Unreadable, path, null, ex.Message));
                return ExitCodes.Failed;
            }
            catch (GazetteerUnavailableException ex)
            {
                context.Stderr.WriteLine(ex.Error);
                return ExitCodes.Failed;
            }
            // A malformed gold or data table: its message names the file, line and what is wrong.
            catch (FormatException ex)
            {
                context.Stderr.WriteLine($"sitrep: eval {name}: {ex.Message}");
                return ExitCodes.Failed;
            }
        });
        return command;
    }
}
