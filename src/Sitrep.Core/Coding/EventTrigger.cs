namespace Sitrep.Coding;

/// <summary>A trigger entry of data/events/triggers.tsv.</summary>
public sealed record EventTrigger(string Id, string Cameo, string Plover);
