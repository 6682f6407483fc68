using Sitrep.Text;

namespace Sitrep.Model;

/// <summary>Where a publication date came from, in order of trust.</summary>
public enum DateOrigin
{
    /// <summary>Given by the user (<c>--date</c>); overrides everything else.</summary>
    Option,

    /// <summary>A field of the input record (JSONL <c>published</c>, a mapped CSV column).</summary>
    Metadata,

    /// <summary>Found in the article text itself ("Wed 05 Apr 2017 ...", "Published February 18 2015").</summary>
    Dateline,
}

/// <summary>
/// The article's publication date: the reference every relative date ("yesterday") resolves against.
/// <see cref="Span"/> is set only when the date was read from the text.
/// </summary>
public sealed record PublicationDate(DateValue Value, DateOrigin Origin, string? Text, TextSpan? Span);
