using Sitrep.Model;
using Sitrep.Text;

namespace Sitrep.Recognition.Dates;

/// <summary>A date found in text before overlap resolution; <see cref="Value"/> is null when it could not be resolved.</summary>
public readonly record struct DateCandidate(TextSpan Span, DateValue Value, string Rule);
