using System.CommandLine;
using System.Text.Json;
using Sitrep.Aggregation;
using Sitrep.Errors;
using Sitrep.Output;

namespace Sitrep.Cli.Commands.Store;

/// <summary>Reading the store: events, exports, incidents, control of a place, labels, search.</summary>
public static class QueryCommands
{
    public static IEnumerable<Command> Create(CliContext context) =>
        [Events(context), Export(context), IncidentsCommand(context), Control(context), Labels(context), Search(context)];

    private static Command Events(CliContext context)
    {
        var db = new StoreOptions();
        var filters = new FilterOptions();
        var format = new Option<string>("--format") { Description = "text (one line per event) or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var limit = new Option<int?>("--limit") { Description = "At most this many events." };
        var command = new Command("events", "List stored events matching the filters.");
        db.AddTo(command);
        filters.AddTo(command);
        command.Options.Add(format);
        command.Options.Add(limit);
        command.SetAction(parse =>
        {
            if (!filters.TryGet(parse, context, out var filter))
                return ExitCodes.Failed;
            return db.Run(parse, context, store =>
            {
                var events = store.Events(filter with { Limit = parse.GetValue(limit) });
                if (parse.GetValue(format) == "json")
                {
                    EventExport.WriteJsonl(context.Stdout, events);
                    return ExitCodes.Success;
                }
                using var output = EventExport.Utf8(context.Stdout);
                foreach (var e in events)
                    output.WriteLine(Line(e));
                context.Stderr.WriteLine($"sitrep: {events.Count} event(s).");
                return ExitCodes.Success;
            });
        });
        return command;
    }

    internal static string Line(EventRecord e)
    {
        string actors = (e.Actor1Codes.Count > 0 ? string.Join("+", e.Actor1Codes) : "?") + (e.Actor2Codes.Count > 0 ? " → " + string.Join("+", e.Actor2Codes) : "");
        string place = e.PlaceName is null ? "?" : e.Admin1Name is { } a && a != e.PlaceName ? $"{e.PlaceName} ({a})" : e.PlaceName;
        string claim = e.ClaimedByCodes.Count > 0 ? $" by {string.Join("+", e.ClaimedByCodes)}" : "";
        return $"{e.DateLabel ?? "?",-10}  {e.Cameo,-4} {e.Plover,-9} {actors,-24} @ {place,-28} {e.Modality}{claim}  [{e.Source ?? "?"}] \"{e.TriggerWord}\"";
    }

    private static Command Export(CliContext context)
    {
        var db = new StoreOptions();
        var filters = new FilterOptions();
        var format = new Option<string>("--format") { Description = "csv, jsonl or geojson.", Required = true };
        format.AcceptOnlyFromAmong("csv", "jsonl", "geojson");
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of stdout." };
        var command = new Command("export", "Export stored events as CSV (ACLED/GDELT-style columns), JSON Lines or GeoJSON.");
        db.AddTo(command);
        filters.AddTo(command);
        command.Options.Add(format);
        command.Options.Add(output);
        command.SetAction(parse =>
        {
            if (!filters.TryGet(parse, context, out var filter))
                return ExitCodes.Failed;
            return db.Run(parse, context, store =>
            {
                var events = store.Events(filter);
                string? path = parse.GetValue(output);
                Stream target;
                try
                {
                    target = path is null ? context.Stdout : File.Create(path);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    context.Stderr.WriteLine(new SitrepError(ErrorCode.Unreadable, path!, null, "cannot write: " + ex.Message));
                    return ExitCodes.Failed;
                }
                try
                {
                    switch (parse.GetValue(format))
                    {
                        case "csv":
                            using (var writer = EventExport.Utf8(target))
                                EventExport.WriteCsv(writer, events);
                            break;
                        case "jsonl":
                            EventExport.WriteJsonl(target, events);
                            break;
                        default:
                            EventExport.WriteGeoJson(target, events);
                            break;
                    }
                }
                finally
                {
                    if (path is not null)
                        target.Dispose();
                }
                context.Stderr.WriteLine($"sitrep: exported {events.Count} event(s){(path is null ? "" : " to " + path)}.");
                return ExitCodes.Success;
            });
        });
        return command;
    }

    private static Command IncidentsCommand(CliContext context)
    {
        var db = new StoreOptions();
        var filters = new FilterOptions();
        var minSources = new Option<int>("--min-sources") { Description = "Only incidents reported by at least this many outlets.", DefaultValueFactory = _ => 1 };
        var format = new Option<string>("--format") { Description = "text or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("incidents", "Events from different articles about the same happening, linked, with where the reports disagree.");
        db.AddTo(command);
        filters.AddTo(command);
        command.Options.Add(minSources);
        command.Options.Add(format);
        command.SetAction(parse =>
        {
            if (!filters.TryGet(parse, context, out var filter))
                return ExitCodes.Failed;
            return db.Run(parse, context, store =>
            {
                var incidents = Incidents.Link(store.Events(filter)).Where(i => i.Corroboration >= parse.GetValue(minSources)).ToList();
                if (parse.GetValue(format) == "json")
                {
                    using var json = new Utf8JsonWriter(context.Stdout, new JsonWriterOptions { Indented = true });
                    json.WriteStartArray();
                    foreach (var i in incidents)
                    {
                        json.WriteStartObject();
                        json.WriteNumber("incident", i.Number);
                        json.WriteString("root", i.Root);
                        json.WriteString("admin1", i.Admin1);
                        json.WriteString("place", i.Where.PlaceName);
                        json.WriteString("first", i.First.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                        json.WriteString("last", i.Last.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                        json.WriteNumber("corroboration", i.Corroboration);
                        json.WriteStartArray("sources");
                        foreach (string s in i.Sources)
                            json.WriteStringValue(s);
                        json.WriteEndArray();
                        json.WriteStartArray("disagreements");
                        foreach (string d in i.Disagreements)
                            json.WriteStringValue(d);
                        json.WriteEndArray();
                        json.WriteStartArray("events");
                        foreach (var r in i.Reports)
                            json.WriteNumberValue(r.Id);
                        json.WriteEndArray();
                        json.WriteEndObject();
                    }
                    json.WriteEndArray();
                    return ExitCodes.Success;
                }
                using var output = EventExport.Utf8(context.Stdout);
                foreach (var i in incidents)
                {
                    output.WriteLine($"incident {i.Number}: root {i.Root} in {i.Where.PlaceName} ({i.Admin1Name ?? i.Admin1}), {i.First:yyyy-MM-dd}{(i.Last != i.First ? $"…{i.Last:yyyy-MM-dd}" : "")}; "
                        + $"{i.Reports.Count} report(s) in {i.ArticleCount} article(s); corroborated by {i.Corroboration}: {string.Join(", ", i.Sources)}");
                    foreach (string d in i.Disagreements)
                        output.WriteLine("  disagree on " + d);
                    foreach (var r in i.Reports)
                        output.WriteLine("  - " + Line(r));
                }
                context.Stderr.WriteLine($"sitrep: {incidents.Count} incident(s) linking reports from more than one article.");
                return ExitCodes.Success;
            });
        });
        return command;
    }

    private static Command Control(CliContext context)
    {
        var place = new Argument<string>("place") { Description = "The place (\"Khan Touman\"); spellings are matched loosely (Khan Tuman)." };
        var db = new StoreOptions();
        var command = new Command("control", "Who took or held a place over time, contested claims side by side.");
        command.Arguments.Add(place);
        db.AddTo(command);
        command.SetAction(parse =>
        {
            return db.Run(parse, context, store =>
            {
            string name = parse.GetValue(place)!;
            var timeline = ControlTimeline.For(name, store.Events(new EventFilter { Root = "19" }).Concat(store.Events(new EventFilter { Root = "08" })));
            using var output = EventExport.Utf8(context.Stdout);
            if (timeline.Count == 0)
            {
                output.WriteLine($"No capture or control events stored for '{name}'.");
                return ExitCodes.Success;
            }
            output.WriteLine($"Control of {name}: {timeline.Count} report(s){(timeline.Any(t => t.Contested) ? ", contested" : "")}");
            foreach (var entry in timeline)
            {
                var e = entry.Event;
                string who = e.Actor1Codes.Count > 0 ? $"{string.Join("+", e.Actor1Codes)} ({e.Actor1Text})" : "unknown";
                string claim = e.ClaimedByCodes.Count > 0 ? $" by {string.Join("+", e.ClaimedByCodes)} ({e.ClaimedByText})" : "";
                output.WriteLine($"  {e.DateLabel ?? "?",-10} {(entry.Contested ? "CONTESTED " : "          ")}{who} — \"{e.TriggerWord}\" {e.Modality}{claim} [{e.Source ?? "?"}: {e.ArticleKey}]");
            }
            return ExitCodes.Success;
            });
        });
        return command;
    }

    private static Command Labels(CliContext context)
    {
        var source = new Option<string?>("--source") { Description = "Only this outlet." };
        var db = new StoreOptions();
        var command = new Command("labels", "Which loaded terms each outlet uses for each actor, with counts.");
        command.Options.Add(source);
        db.AddTo(command);
        command.SetAction(parse =>
        {
            return db.Run(parse, context, store =>
            {
            using var output = EventExport.Utf8(context.Stdout);
            foreach (var group in store.Labels(parse.GetValue(source)).GroupBy(l => l.Source))
            {
                output.WriteLine(group.Key);
                foreach (var l in group)
                    output.WriteLine($"  {l.Actor,-22} {l.Count,5}  \"{l.Term}\" ({l.Polarity})");
            }
            return ExitCodes.Success;
            });
        });
        return command;
    }

    private static Command Search(CliContext context)
    {
        var query = new Argument<string>("query") { Description = "Words to find in stored articles (all must occur)." };
        var limit = new Option<int>("--limit") { Description = "At most this many articles.", DefaultValueFactory = _ => 20 };
        var db = new StoreOptions();
        var command = new Command("search", "Full-text search over stored articles.");
        command.Arguments.Add(query);
        command.Options.Add(limit);
        db.AddTo(command);
        command.SetAction(parse =>
        {
            return db.Run(parse, context, store =>
            {
            using var output = EventExport.Utf8(context.Stdout);
            foreach (var hit in store.Search(parse.GetValue(query)!, parse.GetValue(limit)))
                output.WriteLine($"{hit.Id,6}  {hit.Published ?? "?",-10}  [{hit.Source ?? "?"}] {hit.Title}\n        {hit.Snippet}");
            return ExitCodes.Success;
            });
        });
        return command;
    }
}
