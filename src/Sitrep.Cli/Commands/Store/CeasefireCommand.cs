using System.CommandLine;
using Sitrep.Aggregation;
using Sitrep.Errors;
using Sitrep.Ingestion;
using Sitrep.Output;

namespace Sitrep.Cli.Commands.Store;

/// <summary><c>sitrep ceasefire add|load|list|report</c>: ceasefires as data, and the alleged violations of one.</summary>
public static class CeasefireCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("ceasefire", "Define ceasefires and list alleged violations (fighting inside their area and period involving their parties).");
        command.Subcommands.Add(Add(context));
        command.Subcommands.Add(Load(context));
        command.Subcommands.Add(List(context));
        command.Subcommands.Add(Report(context));
        return command;
    }

    private static Command Add(CliContext context)
    {
        var name = new Option<string>("--name") { Description = "A name to refer to it.", Required = true };
        var parties = new Option<string?>("--parties") { Description = "Comma-separated actor codes or starts (SYR,RUS,SYRREB) or group names; empty: everyone." };
        var area = new Option<string?>("--area") { Description = "Comma-separated countries (SY), provinces (SY.09) or place names; empty: anywhere." };
        var start = new Option<string>("--start") { Description = "First day in force (YYYY-MM-DD).", Required = true };
        var end = new Option<string?>("--end") { Description = "Last day in force (YYYY-MM-DD); omit while it holds." };
        var note = new Option<string?>("--note") { Description = "Free text (who brokered it, source)." };
        var db = new StoreOptions();
        var command = new Command("add", "Store a ceasefire definition (replaces one of the same name).");
        foreach (var o in new Option[] { name, parties, area, start, end, note })
            command.Options.Add(o);
        db.AddTo(command);
        command.SetAction(parse =>
        {
            Ceasefire ceasefire;
            try
            {
                ceasefire = Ceasefire.Create(parse.GetValue(name), Split(parse.GetValue(parties)), Split(parse.GetValue(area)), parse.GetValue(start), parse.GetValue(end), parse.GetValue(note), "ceasefire add");
            }
            catch (CeasefireException ex)
            {
                context.Stderr.WriteLine(ex.Error);
                return ExitCodes.Failed;
            }
            return db.Run(parse, context, store =>
            {
                store.SaveCeasefire(ceasefire);
                context.Stderr.WriteLine($"sitrep: ceasefire '{ceasefire.Name}' stored.");
                return ExitCodes.Success;
            });
        });
        return command;
    }

    private static Command Load(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "YAML: a list of {name, parties, area, start, end, note}." };
        var db = new StoreOptions();
        var command = new Command("load", "Store the ceasefires of a YAML file.");
        command.Arguments.Add(file);
        db.AddTo(command);
        command.SetAction(parse =>
        {
            string path = parse.GetValue(file)!;
            if (!InputDecoder.TryReadFile(path, 1024 * 1024, out string yaml, out var error))
            {
                context.Stderr.WriteLine(error);
                return ExitCodes.Failed;
            }
            IReadOnlyList<Ceasefire> ceasefires;
            try
            {
                ceasefires = Ceasefire.LoadYaml(path, new StringReader(yaml));
            }
            catch (CeasefireException ex)
            {
                context.Stderr.WriteLine(ex.Error);
                return ExitCodes.Failed;
            }
            return db.Run(parse, context, store =>
            {
                foreach (var c in ceasefires)
                    store.SaveCeasefire(c);
                context.Stderr.WriteLine($"sitrep: {ceasefires.Count} ceasefire(s) stored from {path}.");
                return ExitCodes.Success;
            });
        });
        return command;
    }

    private static Command List(CliContext context)
    {
        var db = new StoreOptions();
        var command = new Command("list", "The stored ceasefires.");
        db.AddTo(command);
        command.SetAction(parse =>
        {
            return db.Run(parse, context, store =>
            {
                using var output = EventExport.Utf8(context.Stdout);
                foreach (var c in store.Ceasefires())
                    output.WriteLine($"{c.Name}: {c.Start:yyyy-MM-dd} → {(c.End is { } e ? e.ToString("yyyy-MM-dd") : "in force")}; parties {Or(c.Parties, "anyone")}; area {Or(c.Area, "anywhere")}{(c.Note is null ? "" : "; " + c.Note)}");
                return ExitCodes.Success;
            });
        });
        return command;
    }

    private static Command Report(CliContext context)
    {
        var name = new Argument<string>("name") { Description = "The ceasefire's name." };
        var db = new StoreOptions();
        var command = new Command("report", "Alleged violations of a ceasefire: who is accused, who accuses, modality, sources.");
        command.Arguments.Add(name);
        db.AddTo(command);
        command.SetAction(parse =>
        {
            return db.Run(parse, context, store =>
            {
                string wanted = parse.GetValue(name)!;
                if (store.GetCeasefire(wanted) is not { } ceasefire)
                {
                    context.Stderr.WriteLine(new SitrepError(ErrorCode.InvalidCeasefire, wanted, null, $"no ceasefire of that name is stored (stored: {Or(store.Ceasefires().Select(c => c.Name).ToList(), "none")})."));
                    return ExitCodes.Failed;
                }
                var filter = new EventFilter { From = ceasefire.Start, To = ceasefire.End };
                var violations = CeasefireMonitor.Report(ceasefire, store.Events(filter));
                using var output = EventExport.Utf8(context.Stdout);
                output.WriteLine($"{ceasefire.Name}: {violations.Count} alleged violation(s) since {ceasefire.Start:yyyy-MM-dd}{(ceasefire.End is { } end ? $" until {end:yyyy-MM-dd}" : "")}");
                foreach (var v in violations)
                {
                    var e = v.Event;
                    output.WriteLine($"  {e.DateLabel,-10} {e.Cameo,-4} accused: {v.Accused}; accuser: {v.Accuser}; {e.Modality}; {e.PlaceName ?? "?"}; \"{e.TriggerWord}\" [{e.Source ?? "?"}: {e.ArticleKey}]");
                }
                return ExitCodes.Success;
            });
        });
        return command;
    }

    private static string[] Split(string? list) => list is null ? [] : list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string Or(IReadOnlyList<string> values, string none) => values.Count == 0 ? none : string.Join(", ", values);
}
