using Sitrep.Recognition.Places.Gazetteer;

namespace Sitrep.Aggregation;

/// <summary>
/// An alleged violation: a violent event inside a ceasefire's area and period that involves one of
/// its parties. <see cref="Accused"/> is who the report says did it; <see cref="Accuser"/> who
/// says so — the claimant in the text, else the outlet that reported it.
/// </summary>
public sealed record Violation(EventRecord Event, string Accused, string Accuser);

public static class CeasefireMonitor
{
    public static IReadOnlyList<Violation> Report(Ceasefire ceasefire, IEnumerable<EventRecord> events) =>
        events.Where(e => e.Plover == "ASSAULT" && e.Modality is "asserted" or "claimed" or "denied"
                && InPeriod(ceasefire, e) && InArea(ceasefire, e) && InvolvesParty(ceasefire, e))
            .OrderBy(e => e.DateFirst, StringComparer.Ordinal).ThenBy(e => e.ArticleId).ThenBy(e => e.Ordinal)
            .Select(e => new Violation(e,
                e.Actor1Codes.Count > 0 ? (e.Actor1Text is { } t ? $"{string.Join("+", e.Actor1Codes)} ({t})" : string.Join("+", e.Actor1Codes)) : "unknown",
                e.ClaimedByCodes.Count > 0 ? $"{string.Join("+", e.ClaimedByCodes)} ({e.ClaimedByText})" : e.Source ?? "(unknown outlet)"))
            .ToList();

    /// <summary>Only events whose whole date range lies in the period: "December" before a February truce is not a breach.</summary>
    private static bool InPeriod(Ceasefire c, EventRecord e) =>
        e.First is { } first && e.Last is { } last && first >= c.Start && (c.End is not { } end || last <= end);

    private static bool InArea(Ceasefire c, EventRecord e) =>
        c.Area.Count == 0 || c.Area.Any(a =>
            a.Equals(e.Country, StringComparison.OrdinalIgnoreCase) || a.Equals(e.Admin1, StringComparison.OrdinalIgnoreCase)
            || Same(a, e.PlaceName) || Same(a, e.PlaceText) || Same(a, e.Admin1Name));

    private static bool Same(string a, string? b) => b is not null && PlaceNameNormalizer.Key(a) == PlaceNameNormalizer.Key(b);

    private static bool InvolvesParty(Ceasefire c, EventRecord e) =>
        c.Parties.Count == 0 || c.Parties.Any(p =>
            e.Actor1Codes.Concat(e.Actor2Codes).Any(code => code.StartsWith(p, StringComparison.OrdinalIgnoreCase))
            || e.Actor1GroupNames.Concat(e.Actor2GroupNames).Any(g => g.Equals(p, StringComparison.OrdinalIgnoreCase)));
}
