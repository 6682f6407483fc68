namespace Sitrep.Recognition.Dates;

/// <summary>Resolves overlapping candidates: the longest wins, then the earliest; output is in text order.</summary>
internal static class Overlaps
{
    public static List<DateCandidate> KeepLongest(List<DateCandidate> candidates)
    {
        var kept = new List<DateCandidate>(candidates.Count);
        foreach (var candidate in candidates.OrderByDescending(c => c.Span.Length).ThenBy(c => c.Span.Start))
        {
            if (!kept.Any(k => k.Span.Overlaps(candidate.Span)))
                kept.Add(candidate);
        }
        kept.Sort((a, b) => a.Span.CompareTo(b.Span));
        return kept;
    }
}
