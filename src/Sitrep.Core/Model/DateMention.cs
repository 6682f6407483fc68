using Sitrep.Text;

namespace Sitrep.Model;

/// <summary>
/// A date expression in the text ("last weekend", "in December", "12 February 2015") and the date it
/// resolves to against the article's publication date. <see cref="Rule"/> names the rule that matched,
/// so a wrong resolution can be traced to its cause.
/// </summary>
public sealed record DateMention(TextSpan Span, string Text, DateValue Value, string Rule);
