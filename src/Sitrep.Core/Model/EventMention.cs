using Sitrep.Text;

namespace Sitrep.Model;

/// <summary>How the source presents an event.</summary>
public enum Modality
{
    Asserted,
    Claimed,
    Denied,
    Planned,
    Negated,
    Hypothetical,
}

/// <summary>
/// A coded event: CAMEO code and PLOVER type, who did it to whom, where, when, and according to whom.
/// <see cref="Span"/> is the trigger ("bombing", "regained"); <see cref="Sentence"/> the evidence.
/// </summary>
public sealed record EventMention(
    string Cameo,
    string Plover,
    IReadOnlyList<ActorMention> Actor1,
    IReadOnlyList<ActorMention> Actor2,
    PlaceMention? Place,
    DateValue? Date,
    string? DateText,
    Modality Modality,
    IReadOnlyList<ActorMention>? ClaimedBy,
    int? Fatalities,
    string? FatalitiesText,
    TextSpan Sentence,
    TextSpan Span,
    string Trigger)
{
    /// <summary>The CAMEO root: the first two digits ("19" for 195).</summary>
    public string Root => Cameo[..2];

    /// <summary>True when <see cref="Actor1"/> was carried over from an earlier report of the act ("the rocket fire"), not named in this sentence.</summary>
    public bool Actor1Inherited { get; init; }
}
