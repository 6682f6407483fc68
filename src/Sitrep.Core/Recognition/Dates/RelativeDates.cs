using Sitrep.Model;
using Sitrep.Text;

namespace Sitrep.Recognition.Dates;

/// <summary>
/// Relative date expressions read off the tokens and resolved against the publication date:
/// "yesterday", "on Sunday", "last weekend", "in December", "last year", "two days ago",
/// "in the past hours". Spans leave out a governing preposition ("in December" → "December")
/// but keep words that carry meaning ("last", "next", "ago", "past").
/// </summary>
/// <remarks>
/// Policies (publication day P): a bare weekday is the last such day on or before P, or the next on
/// or after P in a future clause; "last &lt;weekday&gt;" is strictly before P. "last weekend" is the
/// latest Saturday–Sunday that ended before P; "the weekend" the latest one that began before P. A
/// month alone is the latest such month not after P's month (or the next not before it in a future
/// clause); "last &lt;month&gt;" strictly before. Weeks run Monday to Sunday.
/// </remarks>
public sealed class RelativeDates(CalendarWords words)
{
    private static readonly HashSet<string> s_monthPrepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "since", "by", "until", "till", "during", "early", "late", "mid", "from", "through", "throughout", "of", "before", "after", "to",
    };

    private static readonly HashSet<string> s_yearPrepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "since", "by", "until", "till", "during", "early", "late", "mid", "from", "through", "throughout", "before", "after",
    };

    public static RelativeDates Default => s_default.Value;

    private static readonly Lazy<RelativeDates> s_default = new(() => new RelativeDates(CalendarWords.Default));

    public List<DateCandidate> Scan(Article article, DateOnly published)
    {
        var found = new List<DateCandidate>();
        for (int i = 0; i < article.Tokens.Count; i++)
        {
            if (Match(article, article.Tokens, i, published) is { } candidate)
                found.Add(candidate);
        }
        return found;
    }

    private DateCandidate? Match(Article article, IReadOnlyList<Token> tokens, int i, DateOnly p)
    {
        string text = article.Text;
        ReadOnlySpan<char> W(int index) => index >= 0 && index < tokens.Count ? text.AsSpan(tokens[index].Span.Start, tokens[index].Span.Length) : default;
        bool Is(int index, string word) => W(index).Equals(word, StringComparison.OrdinalIgnoreCase);
        TextSpan From(int first, int last) => new(tokens[first].Span.Start, tokens[last].Span.End);
        bool Future() => Tense.IsFuture(article, tokens[i].Span.Start);

        var word = W(i);
        if (word.Equals("yesterday", StringComparison.OrdinalIgnoreCase))
            return new(From(i, i), DateValue.Day(p.AddDays(-1)), "yesterday");
        if (word.Equals("today", StringComparison.OrdinalIgnoreCase) || word.Equals("tonight", StringComparison.OrdinalIgnoreCase))
            return new(From(i, i), DateValue.Day(p), "today");
        if (word.Equals("tomorrow", StringComparison.OrdinalIgnoreCase))
            return new(From(i, i), DateValue.Day(p.AddDays(1)), "tomorrow");

        // "this morning", "this week", "last month", "next year", "last weekend", "last Friday", "last December".
        if (word.Equals("this", StringComparison.OrdinalIgnoreCase) || word.Equals("last", StringComparison.OrdinalIgnoreCase)
            || word.Equals("next", StringComparison.OrdinalIgnoreCase) || word.Equals("past", StringComparison.OrdinalIgnoreCase)
            || word.Equals("coming", StringComparison.OrdinalIgnoreCase) || word.Equals("previous", StringComparison.OrdinalIgnoreCase))
        {
            int step = word.Equals("next", StringComparison.OrdinalIgnoreCase) || word.Equals("coming", StringComparison.OrdinalIgnoreCase) ? 1
                : word.Equals("this", StringComparison.OrdinalIgnoreCase) ? 0 : -1;
            var unit = W(i + 1);
            if (step == 0 && (unit.Equals("morning", StringComparison.OrdinalIgnoreCase) || unit.Equals("afternoon", StringComparison.OrdinalIgnoreCase) || unit.Equals("evening", StringComparison.OrdinalIgnoreCase)))
                return new(From(i, i + 1), DateValue.Day(p), "this-part-of-day");
            if (unit.Equals("week", StringComparison.OrdinalIgnoreCase))
            {
                var start = DateMath.WeekStart(p).AddDays(7 * step);
                return new(From(i, i + 1), DateValue.Week(start, start.AddDays(6)), "relative-week");
            }
            if (unit.Equals("weekend", StringComparison.OrdinalIgnoreCase))
            {
                var saturday = step switch
                {
                    < 0 => DateMath.PreviousOrSame(p.AddDays(-2), DayOfWeek.Saturday),
                    > 0 => DateMath.Next(p, DayOfWeek.Saturday),
                    _ => Future() ? DateMath.NextOrSame(p, DayOfWeek.Saturday) : DateMath.PreviousOrSame(p.AddDays(-1), DayOfWeek.Saturday),
                };
                return new(From(i, i + 1), DateValue.Week(saturday, saturday.AddDays(1)), "relative-weekend");
            }
            if (unit.Equals("month", StringComparison.OrdinalIgnoreCase))
            {
                var month = new DateOnly(p.Year, p.Month, 1).AddMonths(step);
                return new(From(i, i + 1), DateValue.Month(month.Year, month.Month), "relative-month");
            }
            if (unit.Equals("year", StringComparison.OrdinalIgnoreCase))
                return new(From(i, i + 1), DateValue.Year(p.Year + step), "relative-year");
            if (words.TryWeekday(unit, out var weekday) && IsCapitalised(unit))
            {
                var day = step switch
                {
                    < 0 => DateMath.Previous(p, weekday),
                    > 0 => DateMath.Next(p, weekday),
                    _ => Future() ? DateMath.NextOrSame(p, weekday) : DateMath.PreviousOrSame(p, weekday),
                };
                return new(From(i, ExtendPartOfDay(i + 1)), DateValue.Day(day), "relative-weekday");
            }
            if (step != 0 && words.TryMonth(unit, out int monthNumber) && IsCapitalised(unit) && !unit.EndsWith('.'))
            {
                int year = step < 0
                    ? (monthNumber < p.Month ? p.Year : p.Year - 1)
                    : (monthNumber > p.Month ? p.Year : p.Year + 1);
                return new(From(i, i + 1), DateValue.Month(year, monthNumber), "relative-month-name");
            }
            // "the past hours", "the last 24 hours": reports of the day of publication.
            int hours = i + 1;
            if (W(hours).Length > 0 && char.IsDigit(W(hours)[0]))
                hours++;
            if (step < 0 && (Is(hours, "hours") || Is(hours, "hour")))
                return new(From(i, hours), DateValue.Day(p), "past-hours");
        }

        // "two days ago", "a week ago".
        if (words.TryCount(word, out int count) && count is > 0 and < 100 && Is(i + 2, "ago"))
        {
            var unit = W(i + 1).TrimEnd('s');
            DateValue? value = unit switch
            {
                _ when unit.Equals("day", StringComparison.OrdinalIgnoreCase) => DateValue.Day(p.AddDays(-count)),
                _ when unit.Equals("week", StringComparison.OrdinalIgnoreCase) => WeekOf(p.AddDays(-7 * count)),
                _ when unit.Equals("month", StringComparison.OrdinalIgnoreCase) => MonthOf(new DateOnly(p.Year, p.Month, 1).AddMonths(-count)),
                _ when unit.Equals("year", StringComparison.OrdinalIgnoreCase) => DateValue.Year(p.Year - count),
                _ => null,
            };
            if (value is { } v)
                return new(From(i, i + 2), v, "ago");
        }

        // A weekday on its own: "on Sunday", "killed Saturday", "on Tuesday night".
        if (IsCapitalised(word) && words.TryWeekday(word, out var wd) && !word.EndsWith('.') && word.Length > 3)
        {
            var day = Future() ? DateMath.NextOrSame(p, wd) : DateMath.PreviousOrSame(p, wd);
            return new(From(i, ExtendPartOfDay(i + 1)), DateValue.Day(day), "weekday");
        }

        // A month on its own after a preposition: "in December", "since March", "mid-December".
        var monthWord = word;
        bool mid = false;
        if (monthWord.StartsWith("mid-", StringComparison.OrdinalIgnoreCase))
        {
            monthWord = monthWord[4..];
            mid = true;
        }
        if (IsCapitalised(monthWord) && !monthWord.EndsWith('.') && monthWord.Length >= 3 && words.TryMonth(monthWord, out int m)
            && (mid || s_monthPrepositions.Contains(W(i - 1).ToString())))
        {
            bool future = Future();
            int year = future ? (m >= p.Month ? p.Year : p.Year + 1) : (m <= p.Month ? p.Year : p.Year - 1);
            return new(From(i, i), DateValue.Month(year, m), "month-name");
        }

        // A year after a preposition: "in 2015", "since 2011" (never a bare number: casualty counts look the same).
        if (word.Length == 4 && tokens[i].Kind == TokenKind.Number && int.TryParse(word, out int y) && y is >= 1900 and <= 2100
            && s_yearPrepositions.Contains(W(i - 1).ToString()))
        {
            return new(From(i, i), DateValue.Year(y), "year");
        }
        return null;

        int ExtendPartOfDay(int next) =>
            Is(next, "night") || Is(next, "morning") || Is(next, "afternoon") || Is(next, "evening") ? next : next - 1;
    }

    private static DateValue WeekOf(DateOnly day)
    {
        var start = DateMath.WeekStart(day);
        return DateValue.Week(start, start.AddDays(6));
    }

    private static DateValue MonthOf(DateOnly first) => DateValue.Month(first.Year, first.Month);

    private static bool IsCapitalised(ReadOnlySpan<char> word) => word.Length > 0 && char.IsUpper(word[0]);
}
