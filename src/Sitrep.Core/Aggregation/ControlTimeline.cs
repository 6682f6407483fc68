using Sitrep.Recognition.Places.Gazetteer;

namespace Sitrep.Aggregation;

/// <summary>One dated statement about who took or holds a place, and whether another contradicts it.</summary>
public sealed record ControlEntry(EventRecord Event, bool Contested);

/// <summary>
/// Who controlled a place over time: captures, recaptures, withdrawals and claims of holding it,
/// in date order. Entries whose dates overlap and whose actors share nobody ("Al-Nusra says it took
/// the town; the army says it still holds it") are marked contested — both are kept, side by side.
/// </summary>
public static class ControlTimeline
{
    /// <summary>CAMEO codes that speak of control: occupy territory (192; "still holds" is coded there too) and retreat (0874).</summary>
    public static bool IsControlEvent(EventRecord e) => e.Cameo is "192" or "0874";

    public static IReadOnlyList<ControlEntry> For(string place, IEnumerable<EventRecord> events)
    {
        string key = PlaceNameNormalizer.Key(place);
        var entries = events
            .Where(e => IsControlEvent(e) && e.Modality is not ("negated" or "hypothetical")
                && (Matches(e.PlaceName, key) || Matches(e.PlaceText, key)))
            .OrderBy(e => e.DateFirst ?? "9999", StringComparer.Ordinal).ThenBy(e => e.ArticleId).ThenBy(e => e.Ordinal)
            .ToList();
        return entries.Select(e => new ControlEntry(e, entries.Any(other => !ReferenceEquals(other, e) && Contradicts(e, other)))).ToList();
    }

    private static bool Matches(string? name, string key) => name is not null && PlaceNameNormalizer.Key(name) == key;

    /// <summary>Overlapping dates, both naming who, and nobody in common.</summary>
    private static bool Contradicts(EventRecord a, EventRecord b)
    {
        if (a.First is not { } a1 || b.First is not { } b1 || a.Actor1Codes.Count == 0 || b.Actor1Codes.Count == 0)
            return false;
        if (a1 > b.Last!.Value.AddDays(1) || b1 > a.Last!.Value.AddDays(1))
            return false;
        return !a.Actor1Codes.Intersect(b.Actor1Codes).Any();
    }
}
