using System.CommandLine;
using System.Diagnostics;
using Sitrep.Recognition.Places.Gazetteer;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep gazetteer import FILE</c> and <c>sitrep gazetteer stats</c>.</summary>
public static class GazetteerCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("gazetteer", "Manage the place gazetteer (GeoNames-based).");

        var file = new Argument<string>("file") { Description = "A GeoNames dump: allCountries.txt or a country file such as SY.txt (19 tab-separated columns)." };
        var import = new Command("import", "Add a downloaded GeoNames dump so its villages and districts resolve.");
        import.Arguments.Add(file);
        import.SetAction(parse =>
        {
            try
            {
                var result = GeoNamesImporter.Import(parse.GetValue(file)!, Gazetteer.Locate());
                foreach (var error in result.Errors)
                    context.Stderr.WriteLine(error);
                if (result.Imported == 0)
                {
                    context.Stderr.WriteLine($"sitrep: nothing imported from {parse.GetValue(file)}.");
                    return ExitCodes.Failed;
                }
                using var output = new StreamWriter(context.Stdout, leaveOpen: true);
                output.WriteLine($"imported {result.Imported:N0} places into {result.IndexPath}" + (result.Errors.Count > 0 ? $" ({result.Errors.Count} bad rows skipped)" : ""));
                return result.Errors.Count > 0 ? ExitCodes.SomeFailed : ExitCodes.Success;
            }
            catch (GazetteerUnavailableException ex)
            {
                context.Stderr.WriteLine(ex.Error);
                return ExitCodes.Failed;
            }
        });
        command.Subcommands.Add(import);

        var stats = new Command("stats", "Load the gazetteer in this fresh process and print its size, load time and memory.");
        stats.SetAction(_ =>
        {
            try
            {
                string path = Gazetteer.Locate();
                long before = Environment.WorkingSet;
                var clock = Stopwatch.StartNew();
                var gazetteer = Gazetteer.Load(path);
                clock.Stop();
                using var process = Process.GetCurrentProcess();
                process.Refresh();
                using var output = new StreamWriter(context.Stdout, leaveOpen: true);
                output.WriteLine($"gazetteer:      {path} ({new FileInfo(path).Length / 1048576.0:F1} MB on disk)");
                output.WriteLine($"places:         {gazetteer.PlaceCount:N0} (province outlines: {gazetteer.OutlineCount:N0})");
                output.WriteLine($"cold load:      {clock.Elapsed.TotalMilliseconds:F0} ms (first load in this process)");
                output.WriteLine($"resident:       {process.WorkingSet64 / 1048576.0:F0} MB now, {process.PeakWorkingSet64 / 1048576.0:F0} MB peak (process total; {before / 1048576.0:F0} MB before loading)");
                output.WriteLine($"managed heap:   {GC.GetTotalMemory(forceFullCollection: true) / 1048576.0:F0} MB");
                GC.KeepAlive(gazetteer);
                return ExitCodes.Success;
            }
            catch (GazetteerUnavailableException ex)
            {
                context.Stderr.WriteLine(ex.Error);
                return ExitCodes.Failed;
            }
        });
        command.Subcommands.Add(stats);
        return command;
    }
}
