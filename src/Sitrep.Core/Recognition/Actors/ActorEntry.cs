namespace Sitrep.Recognition.Actors;

/// <summary>What a dictionary phrase stands for.</summary>
public enum ActorEntryKind
{
    Group,
    Person,
    Role,
    Label,
}

/// <summary>One dictionary entry: its kind, canonical name and coding. Fields not relevant to a kind are null.</summary>
public sealed record ActorEntry(ActorEntryKind Kind, string Name, string? Code, string? Country, string? Role, string? Polarity = null)
{
    /// <summary>A role word that is also an adjective ("military measures").</summary>
    public bool IsAdjective { get; init; }

    /// <summary>A person speaking for the institution before it ("army spokesman").</summary>
    public bool IsSpeaker { get; init; }

    /// <summary>Whether the role word names an actor on its own ("counterpart" does only after a demonym: "his Russian counterpart"), or the label is recorded with no actor touching it ("so-called" is not).</summary>
    public bool StandsAlone { get; init; } = true;
}
