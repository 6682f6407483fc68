namespace Sitrep.Aggregation;

/// <summary>
/// One happening as several reports describe it: the raw events stay as they are; an incident is a
/// view that links them and says where the reports agree and where they do not.
/// </summary>
public sealed record Incident(int Number, IReadOnlyList<EventRecord> Reports)
{
    public string Root => Reports.GroupBy(r => r.Root).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;

    public string? Admin1 => Reports[0].Admin1;

    public string? Admin1Name => Reports[0].Admin1Name;

    /// <summary>The most precise place any report gives.</summary>
    public EventRecord Where => Reports.OrderBy(r => PrecisionRank(r.PlacePrecision)).First();

    public DateOnly First => Reports.Min(r => r.First!.Value);

    public DateOnly Last => Reports.Max(r => r.Last!.Value);

    public IReadOnlyList<string> Sources => Reports.Select(r => r.Source ?? "(unknown)").Distinct().Order(StringComparer.Ordinal).ToList();

    public int ArticleCount => Reports.Select(r => r.ArticleId).Distinct().Count();

    /// <summary>How many independent outlets report it (articles when outlets are unknown).</summary>
    public int Corroboration => Reports.Any(r => r.Source is null) ? ArticleCount : Sources.Count;

    /// <summary>Where the reports differ: who did it, how many died, when.</summary>
    public IReadOnlyList<string> Disagreements
    {
        get
        {
            var result = new List<string>();
            var perpetrators = Reports.Where(r => r.Actor1Codes.Count > 0).GroupBy(r => string.Join("+", r.Actor1Codes.Order(StringComparer.Ordinal))).ToList();
            if (perpetrators.Count > 1)
                result.Add("who: " + string.Join(" vs ", perpetrators.Select(g => $"{g.Key} ({Outlets(g)})")));
            var tolls = Reports.Where(r => r.Fatalities is not null).GroupBy(r => r.Fatalities!.Value).ToList();
            if (tolls.Count > 1)
                result.Add("fatalities: " + string.Join(" vs ", tolls.OrderBy(g => g.Key).Select(g => $"{g.Key} ({Outlets(g)})")));
            var days = Reports.Where(r => r.DatePrecision == "day").GroupBy(r => r.DateFirst!).ToList();
            if (days.Count > 1)
                result.Add("date: " + string.Join(" vs ", days.OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} ({Outlets(g)})")));
            return result;
        }
    }

    private static string Outlets(IEnumerable<EventRecord> reports) => string.Join(", ", reports.Select(r => r.Source ?? r.ArticleKey).Distinct());

    internal static int PrecisionRank(string? precision) => precision switch
    {
        "locality" => 0,
        "admin2" => 1,
        "admin1" => 2,
        "region" => 3,
        "country" => 4,
        _ => 5,
    };
}

/// <summary>
/// Links events from different articles into incidents. Two reports are of the same happening when
/// their types are compatible (the same CAMEO root, or both violent: 18, 19, 20), they are in the
/// same province (never across provinces) and, when both name a town, within
/// <see cref="MaxKm"/> of each other; their dates, widened by a day each side, overlap (only day-
/// and week-precise dates link); and their actors overlap or one report does not name them.
/// Negated, hypothetical and planned events are left out.
/// </summary>
public static class Incidents
{
    public const double MaxKm = 15;

    public static IReadOnlyList<Incident> Link(IEnumerable<EventRecord> events, bool includeSingles = false)
    {
        var candidates = events.Where(e => e.Admin1 is not null && e.First is not null && e.DatePrecision is "day" or "week"
            && e.Modality is "asserted" or "claimed" or "denied").ToList();
        var parent = Enumerable.Range(0, candidates.Count).ToArray();
        int Find(int i) => parent[i] == i ? i : parent[i] = Find(parent[i]);

        foreach (var province in Enumerable.Range(0, candidates.Count).GroupBy(i => candidates[i].Admin1))
        {
            var members = province.OrderBy(i => candidates[i].First).ToList();
            for (int x = 0; x < members.Count; x++)
            {
                var a = candidates[members[x]];
                for (int y = x + 1; y < members.Count; y++)
                {
                    var b = candidates[members[y]];
                    // Sorted by start: once b starts after a's widened end, no later one overlaps a.
                    if (b.First!.Value.DayNumber > a.Last!.Value.DayNumber + 2)
                        break;
                    if (a.ArticleId != b.ArticleId && SameHappening(a, b))
                        parent[Find(members[x])] = Find(members[y]);
                }
            }
        }

        return Enumerable.Range(0, candidates.Count).GroupBy(Find)
            .Select(g => g.Select(i => candidates[i]).OrderBy(e => e.ArticleId).ThenBy(e => e.Ordinal).ToList())
            .Where(reports => includeSingles || reports.Select(r => r.ArticleId).Distinct().Count() > 1)
            .OrderBy(reports => reports.Min(r => r.First))
            .ThenBy(reports => reports[0].ArticleId)
            .Select((reports, i) => new Incident(i + 1, reports))
            .ToList();
    }

    public static bool SameHappening(EventRecord a, EventRecord b)
    {
        bool violentA = a.Root is "18" or "19" or "20", violentB = b.Root is "18" or "19" or "20";
        if (a.Root != b.Root && !(violentA && violentB))
            return false;
        if (a.Admin1 != b.Admin1)
            return false;
        if (a.PlacePrecision == "locality" && b.PlacePrecision == "locality" && a.Lat is { } lat1 && a.Lon is { } lon1 && b.Lat is { } lat2 && b.Lon is { } lon2
            && DistanceKm(lat1, lon1, lat2, lon2) > MaxKm)
            return false;
        if (a.First!.Value.DayNumber > b.Last!.Value.DayNumber + 1 || b.First!.Value.DayNumber > a.Last!.Value.DayNumber + 1)
            return false;
        var actorsA = a.Actor1Codes.Concat(a.Actor2Codes).ToHashSet();
        var actorsB = b.Actor1Codes.Concat(b.Actor2Codes).ToHashSet();
        return a.Actor1Codes.Count == 0 || b.Actor1Codes.Count == 0 || actorsA.Overlaps(actorsB);
    }

    private static double DistanceKm(double lat1, double lon1, double lat2, double lon2)
    {
        double dLat = double.DegreesToRadians(lat2 - lat1), dLon = double.DegreesToRadians(lon2 - lon1);
        double h = Math.Pow(Math.Sin(dLat / 2), 2) + Math.Cos(double.DegreesToRadians(lat1)) * Math.Cos(double.DegreesToRadians(lat2)) * Math.Pow(Math.Sin(dLon / 2), 2);
        return 2 * 6371.0 * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }
}
