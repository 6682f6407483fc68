using System.Globalization;
using System.Text.RegularExpressions;
using Sitrep.Model;
using Sitrep.Text;

namespace Sitrep.Recognition.Dates;

/// <summary>
/// Dates written out in the text: "12 February 2015", "Wed 05 Apr 2017", "April 5, 2017",
/// "Apr 232017" (day and year glued, as scrapers leave them), "24.08.2013", "2016-05-09",
/// "December 2015". Day-month without a year ("5 May") is returned with year 0 for the caller to
/// resolve. Numeric dates with '.' or '-' are read day first (as European and Russian outlets
/// write them), with '/' month first.
/// </summary>
public sealed class AbsoluteDates
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;
    private readonly CalendarWords _words;
    private readonly (Regex Pattern, string Rule)[] _patterns;

    /// <summary>
    /// How far any match reaches from one of its digits, whitespace runs counted as one character.
    /// The longest, "Wednesday., 30th of September., 2015", is a weekday and a month (each at most
    /// LongestWord) and 18 other characters; 30 leaves room to spare. A test fails if it is too short.
    /// </summary>
    private readonly int _reach;

    public AbsoluteDates(CalendarWords words)
    {
        _words = words;
        _reach = 2 * words.LongestWord + 30;
        // A period after the month is part of the date only after an abbreviation ("Jan."), not a sentence end ("in May.").
        string m = $@"(?<m>{words.MonthAlternation})(?:(?<=\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec))\.)?";
        string w = $@"(?:(?<wd>{words.WeekdayAlternation})\.?,?\s+)?";
        const string d = @"(?<d>\d{1,2})(?:st|nd|rd|th)?";
        const string y = @"(?<y>(?:19|20)\d{2})(?!\d)";
        _patterns =
        [
            (new Regex($@"\b{w}{d}\s+(?:of\s+)?{m},?\s+{y}", Options), "day-month-year"),
            (new Regex($@"\b{w}{m}\s+{d},?\s*{y}", Options), "month-day-year"),
            (new Regex(@"(?<![\d.\-/])(?<d>\d{1,2})(?<sep>[.\-])(?<mn>\d{1,2})\k<sep>" + y, Options), "numeric-dmy"),
            (new Regex(@"(?<![\d.\-/])(?<mn>\d{1,2})/(?<d>\d{1,2})/" + y, Options), "numeric-mdy"),
            (new Regex(@"(?<![\d\-])(?<y>(?:19|20)\d{2})-(?<mn>\d{2})-(?<d>\d{2})(?!\d)", Options), "iso"),
            (new Regex($@"\b{w}{d}\s+(?:of\s+)?{m}(?![\w])", Options), "day-month"),
            (new Regex($@"\b{w}{m}\s+{d}(?![\d,.]?\d)(?!\w)", Options), "month-day"),
            (new Regex($@"\b{m},?\s+{y}", Options), "month-year"),
        ];
    }

    public static AbsoluteDates Default => s_default.Value;

    private static readonly Lazy<AbsoluteDates> s_default = new(() => new AbsoluteDates(CalendarWords.Default));

    /// <summary>
    /// All dates in <c>text[start..end)</c>, overlaps resolved longest-first. A day-month without a
    /// year gets <paramref name="resolveYear"/>'s answer, or is dropped when it returns null.
    /// </summary>
    public List<DateCandidate> Scan(string text, int start, int end, Func<int, int, int, int?>? resolveYear = null)
    {
        // Every pattern needs a digit, and none reaches further than _reach from one, so the patterns
        // run only in windows around the digits (about a third of news text) instead of over all of
        // it, where the month-first ones try a match at nearly every letter. A window's edges sit on
        // whitespace or on the range's own edges, where \b and the lookarounds (which test for
        // digits, letters and . - / ,) answer as they would in the whole text; and a match can
        // cross no edge, so the windows find exactly what one scan of the range finds. A test
        // checks that on generated text and on the corpus.
        var found = new List<DateCandidate>();
        int from = start;
        while (NextWindow(text, ref from, start, end) is var (windowStart, windowEnd) && windowEnd > windowStart)
            ScanRange(text, windowStart, windowEnd, resolveYear, found);
        return Overlaps.KeepLongest(found);
    }

    /// <summary>The plain scan over the whole range, for tests to compare the windowed one with.</summary>
    internal List<DateCandidate> ScanWhole(string text, int start, int end, Func<int, int, int, int?>? resolveYear = null)
    {
        var found = new List<DateCandidate>();
        ScanRange(text, start, end, resolveYear, found);
        return Overlaps.KeepLongest(found);
    }

    private void ScanRange(string text, int start, int end, Func<int, int, int, int?>? resolveYear, List<DateCandidate> found)
    {
        foreach (var (pattern, rule) in _patterns)
        {
            for (var match = pattern.Match(text, start, end - start); match.Success; match = match.NextMatch())
            {
                if (TryBuild(match, rule, resolveYear) is { } candidate)
                    found.Add(candidate);
            }
        }
    }

    /// <summary>
    /// The next window at or after <paramref name="from"/>: from _reach before its first digit to
    /// _reach after its last, merging digits whose windows touch, widened to whitespace. (0, 0) when
    /// no digit is left. \d is any Unicode digit, hence char.IsDigit.
    /// </summary>
    private (int Start, int End) NextWindow(string text, ref int from, int start, int end)
    {
        int digit = NextDigit(text, from, end);
        if (digit >= end)
            return (0, 0);
        int windowStart = Edge(text, digit, -1, start, end);
        int windowEnd = windowStart;
        while (true)
        {
            int runEnd = digit;
            while (runEnd < end && char.IsDigit(text[runEnd]))
                runEnd++;
            windowEnd = Math.Max(windowEnd, Edge(text, runEnd, +1, start, end));
            int next = NextDigit(text, runEnd, end);
            // The next digit's window starts inside this one: one window.
            if (next >= end || Edge(text, next, -1, start, end) > windowEnd)
            {
                from = next;
                return (windowStart, windowEnd);
            }
            digit = next;
        }
    }

    private static int NextDigit(string text, int from, int end)
    {
        while (from < end && !char.IsDigit(text[from]))
            from++;
        return from;
    }

    /// <summary>
    /// A window's edge: _reach characters from <paramref name="position"/> in <paramref name="direction"/>
    /// (a whitespace run counting as one), then on outwards to whitespace or the range's edge, so it never cuts a word.
    /// </summary>
    private int Edge(string text, int position, int direction, int start, int end)
    {
        int i = position;
        for (int steps = 0; steps < _reach; steps++)
        {
            if (direction < 0 ? i <= start : i >= end)
                break;
            bool space = char.IsWhiteSpace(text[direction < 0 ? i - 1 : i]);
            i += direction;
            while (space && (direction < 0 ? i > start && char.IsWhiteSpace(text[i - 1]) : i < end && char.IsWhiteSpace(text[i])))
                i += direction;
        }
        if (direction < 0)
        {
            while (i > start && !char.IsWhiteSpace(text[i - 1]))
                i--;
        }
        else
        {
            while (i < end && !char.IsWhiteSpace(text[i]))
                i++;
        }
        return i;
    }

    private DateCandidate? TryBuild(Match match, string rule, Func<int, int, int, int?>? resolveYear)
    {
        int month;
        var monthGroup = match.Groups["m"];
        if (monthGroup.Success)
        {
            // "may" and "march" are verbs too: a month name in running text is capitalised.
            if (!char.IsUpper(monthGroup.ValueSpan[0]) || !_words.TryMonth(monthGroup.ValueSpan, out month))
                return null;
        }
        else
        {
            month = Int(match, "mn");
        }
        var span = new TextSpan(match.Index, match.Index + match.Length);

        if (rule == "month-year")
            return month is >= 1 and <= 12 ? new DateCandidate(span, DateValue.Month(Int(match, "y"), month), rule) : null;

        int day = Int(match, "d");
        int year;
        if (match.Groups["y"].Success)
        {
            year = Int(match, "y");
        }
        else if (resolveYear?.Invoke(month, day, span.Start) is { } resolved)
        {
            year = resolved;
        }
        else
        {
            return null;
        }
        return DateMath.TryCreate(year, month, day) is { } date ? new DateCandidate(span, DateValue.Day(date), rule) : null;
    }

    /// <summary>
    /// A digit group's value. \d matches any script's digits ("١٢ May 2016" in copy from Arabic
    /// outlets), which int.Parse refuses: it failed the whole article.
    /// </summary>
    private static int Int(Match match, string group)
    {
        int value = 0;
        foreach (char c in match.Groups[group].ValueSpan)
            value = value * 10 + (int)char.GetNumericValue(c);
        return value;
    }
}
