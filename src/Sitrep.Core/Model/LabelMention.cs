using Sitrep.Text;

namespace Sitrep.Model;

/// <summary>A loaded term ("Takfiri", "the regime", "martyrs") and the actor it is said of, by code or group.</summary>
public sealed record LabelMention(TextSpan Span, string Text, string? Actor, string Term, string Polarity);
