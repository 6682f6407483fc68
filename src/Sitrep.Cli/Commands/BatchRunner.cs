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

    public int Run(IEnumerable<ReadResult> items, Action<ArticleRecord> process, Func<string>? status = null) =>
        RunOrdered(items, record => record, record => record, record => record, process, workers: 1,
            status ?? (() => $"Analysed {Succeeded} article(s), {Failed} failed"));

    /// <summary>
    /// Like <see cref="Run"/>, in three steps: <paramref name="prepare"/> and <paramref name="check"/>
    /// run on the calling thread as records stream in, <paramref name="work"/> on up to
    /// <paramref name="workers"/> cores, and <paramref name="consume"/> on the calling thread again,
    /// in input order — so a store sees exactly what a single-threaded run would give it.
    /// </summary>
    public int RunOrdered<T>(IEnumerable<ReadResult> items, Func<ArticleRecord, T> prepare, Func<T, T> check, Func<T, T> work, Action<T> consume,
        int workers, Func<string> status, Func<IDisposable>? consumeScope = null, int itemsPerScope = 0)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        Action<string> report = error => context.Stderr.WriteLine(error);
        StatusContext? display = null;

        void Each()
        {
            var slots = items.Select(item =>
            {
                if (item.Error is not null)
                    return new Slot<T>(item, default, null);
                try
                {
                    return new Slot<T>(item, check(prepare(item.Record!)), null);
                }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    return new Slot<T>(item, default, ex);
                }
            });
            Sitrep.Pipeline.OrderedParallel.Run(slots, slot =>
            {
                if (slot.Item.Error is not null || slot.Failure is not null)
                    return slot;
                try
                {
                    return slot with { Value = work(slot.Value!) };
                }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    return slot with { Failure = ex };
                }
            }, (_, slot) =>
            {
                if (slot.Item.Error is { } error)
                {
                    Failed++;
                    report(error.ToString());
                }
                else if (slot.Failure is null)
                {
                    Handle(slot.Item, _ => consume(slot.Value!), report);
                }
                else
                {
                    Failed++;
                    report(new SitrepError(ErrorCode.AnalysisFailed, slot.Item.Record!.Origin, null, $"analysis failed: {slot.Failure.GetType().Name}: {slot.Failure.Message}").ToString());
                }
                double rate = (Succeeded + Failed) / Math.Max(clock.Elapsed.TotalSeconds, 0.001);
                display?.Status($"{status()} — {rate:F0}/s");
            }, workers, consumeScope: consumeScope, itemsPerScope: itemsPerScope);
        }

        if (context.Interactive)
        {
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(context.Stderr) });
            report = error => console.MarkupLineInterpolated($"[red]{error}[/]");
            console.Status().Start("Reading…", ctx =>
            {
                display = ctx;
                Each();
            });
        }
        else
        {
            Each();
        }
        if (Failed > 0 || Succeeded > 1)
            context.Stderr.WriteLine($"sitrep: {Succeeded} article(s) processed, {Failed} failed, in {clock.Elapsed.TotalSeconds:F1} s.");
        return Failed == 0 ? ExitCodes.Success : Succeeded > 0 ? ExitCodes.SomeFailed : ExitCodes.Failed;
    }

    private sealed record Slot<T>(ReadResult Item, T? Value, Exception? Failure);

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
