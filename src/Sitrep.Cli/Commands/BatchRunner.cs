using Sitrep.Errors;
using Sitrep.Ingestion;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

/// <summary>
/// Runs one action per read record: a bad item is reported on stderr and skipped, the rest go on,
/// and the exit code tells whether some or all failed. Shows live progress on stderr when it is a
/// terminal; stdout is never touched here.
/// </summary>
public sealed class BatchRunner(CliContext context)
{
    public int Succeeded { get; private set; }

    public int Failed { get; private set; }

    public int Run(IEnumerable<ReadResult> items, Action<ArticleRecord> process, Func<string>? status = null)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        status ??= () => $"Analysed {Succeeded} article(s), {Failed} failed";
        if (context.Interactive)
        {
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(context.Stderr) });
            console.Status().Start("Reading…", display =>
            {
                foreach (var item in items)
                {
                    Handle(item, process, error => console.MarkupLineInterpolated($"[red]{error}[/]"));
                    double rate = (Succeeded + Failed) / Math.Max(clock.Elapsed.TotalSeconds, 0.001);
                    display.Status($"{status()} — {rate:F0}/s");
                }
            });
        }
        else
        {
            foreach (var item in items)
                Handle(item, process, error => context.Stderr.WriteLine(error));
        }

        if (Failed > 0 || Succeeded > 1)
            context.Stderr.WriteLine($"sitrep: {Succeeded} article(s) processed, {Failed} failed, in {clock.Elapsed.TotalSeconds:F1} s.");
        return Failed == 0 ? ExitCodes.Success : Succeeded > 0 ? ExitCodes.SomeFailed : ExitCodes.Failed;
    }

    private void Handle(ReadResult item, Action<ArticleRecord> process, Action<string> report)
    {
        if (item.Error is { } error)
        {
            Failed++;
            report(error.ToString());
            return;
        }
        try
        {
            process(item.Record!);
            Succeeded++;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A bug on one article must not lose the batch: report it with where the article came from.
            Failed++;
            report(new SitrepError(ErrorCode.AnalysisFailed, item.Record!.Origin, null, $"analysis failed: {ex.GetType().Name}: {ex.Message}").ToString());
        }
    }
}
