using Sitrep.Model;
using Sitrep.Text;

namespace Sitrep.Recognition.Dates;

/// <summary>A resolved date found in the text, before overlaps between candidates are settled.</summary>
public readonly record struct DateCandidate(TextSpan Span, DateValue Value, string Rule);
