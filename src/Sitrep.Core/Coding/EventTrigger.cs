namespace Sitrep.Coding;

/// <summary>
/// A trigger entry of data/events/triggers.tsv. <paramref name="Objects"/>: words of which one must stand by the
/// trigger for it to count (its object column's list in data/events/objects/), or null when any use counts.
/// </summary>
public sealed record EventTrigger(string Id, string Cameo, string Plover, IReadOnlySet<string>? Objects = null);
