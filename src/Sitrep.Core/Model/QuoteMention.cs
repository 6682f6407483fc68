using Sitrep.Text;

namespace Sitrep.Model;

/// <summary>
/// Reported speech in quotation marks: <see cref="Span"/> covers the words inside the marks;
/// <see cref="Speaker"/> is the actor it is attributed to ("…,” the army said"), resolved through
/// "he"/"she" to the last person named; <see cref="Cue"/> is the verb of saying.
/// </summary>
public sealed record QuoteMention(TextSpan Span, string Text, ActorMention? Speaker, string? SpeakerText, string? Cue);
