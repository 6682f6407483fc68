using Sitrep.Text;

namespace Sitrep.Model;

/// <summary>
/// An actor named in the text, coded CAMEO-style: <see cref="Code"/> is country + role
/// ("SYRMIL", "IRNGOV") or a group's code; <see cref="Label"/> keeps the loaded term the source used
/// for it ("Takfiri terrorists"), which never changes who the actor is.
/// </summary>
public sealed record ActorMention(
    TextSpan Span,
    string Text,
    string Code,
    string? Country,
    string? Role,
    string? Group,
    string? Person,
    string? Label,
    string Rule);
