using Sitrep.Model;
using Sitrep.Text;

namespace Sitrep.Recognition.Dates;

/// <summary>
/// Finds the publication date that scraped copy carries in its text: "Wed 05 Apr 2017 ...",
/// "Published February 18 2015", "24.08.2013", or after a repeated headline ("... 6 October 2016
/// Aleppo SANA"). Only a full day-month-year near the start of the body counts, and not one that a
/// preposition governs ("since 15 March 2011" is history, not a dateline).
/// </summary>
public sealed class DatelineFinder(AbsoluteDates dates)
{
    /// <summary>How far into the body a dateline may start. Headlines repeated before it are rarely longer.</summary>
    public const int Window = 400;

    private static readonly HashSet<string> s_governing = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "since", "on", "until", "till", "by", "from", "of", "before", "after", "to", "between", "and", "during", "at",
    };

    /// <summary>Words that turn "on"/"at" back into a dateline: "Posted on April 4 2017", "Last updated at Apr 152017".</summary>
    private static readonly HashSet<string> s_datelineVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "posted", "published", "updated", "dated", "released", "modified", "created",
    };

    public static DatelineFinder Default => s_default.Value;

    private static readonly Lazy<DatelineFinder> s_default = new(() => new DatelineFinder(AbsoluteDates.Default));

    public PublicationDate? Find(Article article)
    {
        string text = article.Text;
        int end = Math.Min(text.Length, article.BodyStart + Window);
        foreach (var candidate in dates.Scan(text, article.BodyStart, end))
        {
            if (candidate.Value.Precision != DatePrecision.Day || IsGoverned(text, candidate.Span.Start, article.BodyStart))
                continue;
            return new PublicationDate(candidate.Value, DateOrigin.Dateline, text[candidate.Span.Start..candidate.Span.End], candidate.Span);
        }
        return null;
    }

    /// <summary>
    /// True when the word just before <paramref name="start"/> is a preposition like "since",
    /// unless a dateline verb precedes it ("Posted on").
    /// </summary>
    private static bool IsGoverned(string text, int start, int limit)
    {
        var (wordStart, word) = WordBefore(text, start, limit);
        if (word.Length == 0 || !s_governing.Contains(word))
            return false;
        var (_, verb) = WordBefore(text, wordStart, limit);
        return !s_datelineVerbs.Contains(verb);
    }

    private static (int Start, string Word) WordBefore(string text, int start, int limit)
    {
        int end = start;
        while (end > limit && char.IsWhiteSpace(text[end - 1]))
            end--;
        int wordStart = end;
        while (wordStart > limit && char.IsLetter(text[wordStart - 1]))
            wordStart--;
        return (wordStart, text[wordStart..end]);
    }
}
