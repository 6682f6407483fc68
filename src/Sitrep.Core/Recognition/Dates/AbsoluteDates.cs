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

    public AbsoluteDates(CalendarWords words)
    {
        _words = words;
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
        var found = new List<DateCandidate>();
        foreach (var (pattern, rule) in _patterns)
        {
            for (var match = pattern.Match(text, start, end - start); match.Success; match = match.NextMatch())
            {
                if (TryBuild(match, rule, resolveYear) is { } candidate)
                    found.Add(candidate);
            }
        }
        return Overlaps.KeepLongest(found);
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
            month = int.Parse(match.Groups["mn"].ValueSpan, CultureInfo.InvariantCulture);
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

    private static int Int(Match match, string group) => int.Parse(match.Groups[group].ValueSpan, CultureInfo.InvariantCulture);
}
