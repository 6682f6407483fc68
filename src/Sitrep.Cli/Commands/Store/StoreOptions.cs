using System.CommandLine;
using System.Globalization;
using Sitrep.Aggregation;
using Sitrep.Errors;
using Sitrep.Storage;

namespace Sitrep.Cli.Commands.Store;

/// <summary><c>--db</c>: a SQLite file (default ./sitrep.db, or $SITREP_DB) or a PostgreSQL URL / connection string.</summary>
internal sealed class StoreOptions
{
    private readonly Option<string?> _db = new("--db")
    {
        Description = "The store: a SQLite file (default ./sitrep.db or $SITREP_DB) or postgres://user:pass@host:port/db.",
    };

    public void AddTo(Command command) => command.Options.Add(_db);

    /// <summary>Opens the store, runs <paramref name="action"/> on it and closes it; a store that cannot be opened is reported (SIT016).</summary>
    public int Run(ParseResult parse, CliContext context, Func<IEventStore, int> action)
    {
        if (!TryOpen(parse, context, out var store))
            return ExitCodes.Failed;
        using (store)
            return action(store);
    }

    public bool TryOpen(ParseResult parse, CliContext context, out IEventStore store)
    {
        string? db = parse.GetValue(_db) ?? Environment.GetEnvironmentVariable("SITREP_DB");
        try
        {
            store = EventStore.Open(db);
            return true;
        }
        catch (StoreException ex)
        {
            context.Stderr.WriteLine(ex.Error);
            store = null!;
            return false;
        }
    }
}

/// <summary>The event filters shared by <c>events</c>, <c>export</c> and <c>incidents</c>.</summary>
internal sealed class FilterOptions
{
    private readonly Option<string?> _from = new("--from") { Description = "Events on or after this day (YYYY-MM-DD)." };
    private readonly Option<string?> _to = new("--to") { Description = "Events on or before this day (YYYY-MM-DD)." };
    private readonly Option<string?> _country = new("--country") { Description = "Country of the place, ISO alpha-2 (SY)." };
    private readonly Option<string?> _admin1 = new("--admin1") { Description = "Province, GeoNames admin1 code (SY.09)." };
    private readonly Option<string?> _bbox = new("--bbox") { Description = "Bounding box WEST,SOUTH,EAST,NORTH in degrees." };
    private readonly Option<string?> _actor = new("--actor") { Description = "Actor code or its start (SYRMIL, SYR, RUS) or group name, either side." };
    private readonly Option<string?> _root = new("--root") { Description = "CAMEO root code (19 = fight, 18 = assault, 11 = disapprove…)." };
    private readonly Option<string?> _source = new("--source") { Description = "Outlet (sana, reuters…)." };
    private readonly Option<string?> _modality = new("--modality") { Description = "asserted, claimed, denied, planned, negated or hypothetical." };
    private readonly Option<string?> _place = new("--place") { Description = "Place name (as resolved or as written)." };

    public void AddTo(Command command)
    {
        foreach (var option in new[] { _from, _to, _country, _admin1, _bbox, _actor, _root, _source, _modality, _place })
            command.Options.Add(option);
        _modality.AcceptOnlyFromAmong("asserted", "claimed", "denied", "planned", "negated", "hypothetical");
    }

    public bool TryGet(ParseResult parse, CliContext context, out EventFilter filter)
    {
        filter = EventFilter.All;
        if (!TryDate(parse.GetValue(_from), "--from", context, out var from) || !TryDate(parse.GetValue(_to), "--to", context, out var to))
            return false;
        (double, double, double, double)? box = null;
        if (parse.GetValue(_bbox) is { } text)
        {
            var parts = text.Split(',');
            var numbers = parts.Select(p => double.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) ? v : double.NaN).ToArray();
            if (numbers.Length != 4 || numbers.Any(double.IsNaN) || numbers[0] > numbers[2] || numbers[1] > numbers[3])
            {
                context.Stderr.WriteLine(new SitrepError(ErrorCode.InvalidOption, "--bbox", null, $"'{text}' is not WEST,SOUTH,EAST,NORTH (e.g. 35.5,32.3,42.4,37.4)."));
                return false;
            }
            box = (numbers[0], numbers[1], numbers[2], numbers[3]);
        }
        filter = new EventFilter
        {
            From = from,
            To = to,
            Country = parse.GetValue(_country),
            Admin1 = parse.GetValue(_admin1),
            BoundingBox = box,
            Actor = parse.GetValue(_actor),
            Root = parse.GetValue(_root),
            Source = parse.GetValue(_source),
            Modality = parse.GetValue(_modality),
            Place = parse.GetValue(_place),
        };
        return true;
    }

    private static bool TryDate(string? value, string name, CliContext context, out DateOnly? date)
    {
        date = null;
        if (value is null)
            return true;
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            date = d;
            return true;
        }
        context.Stderr.WriteLine(new SitrepError(ErrorCode.InvalidOption, name, null, $"'{value}' is not a date in the form YYYY-MM-DD."));
        return false;
    }
}
