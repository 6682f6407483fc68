using System.Collections.Frozen;
using Sitrep.Dictionaries;

namespace Sitrep.Recognition.Dates;

/// <summary>Month, weekday and number words from data/dates/calendar-words.tsv, looked up by span without allocating.</summary>
public sealed class CalendarWords
{
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _months;
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _weekdays;
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _numbers;

    private CalendarWords(TsvTable table)
    {
        FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Of(string kind) => table.Rows
            .Where(r => table.Get(r, "kind") == kind)
            .ToFrozenDictionary(r => table.Get(r, "id"), r => int.Parse(table.Get(r, "value"), System.Globalization.CultureInfo.InvariantCulture), StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        _months = Of("month");
        _weekdays = Of("weekday");
        _numbers = Of("number");
        MonthAlternation = string.Join("|", table.Rows.Where(r => table.Get(r, "kind") == "month").Select(r => table.Get(r, "id")).OrderByDescending(s => s.Length));
        WeekdayAlternation = string.Join("|", table.Rows.Where(r => table.Get(r, "kind") == "weekday").Select(r => table.Get(r, "id")).OrderByDescending(s => s.Length));
        LongestWord = table.Rows.Where(r => table.Get(r, "kind") is "month" or "weekday").Select(r => table.Get(r, "id").Length).DefaultIfEmpty(0).Max();
    }

    /// <summary>The length of the longest month or weekday word: how far a date pattern can reach.</summary>
    public int LongestWord { get; }

    public static CalendarWords Default => s_default.Value;

    private static readonly Lazy<CalendarWords> s_default = new(() => new CalendarWords(DataFiles.LoadTsv("dates/calendar-words.tsv")));

    /// <summary>"January|February|...|Jan|..." longest first, for building date patterns.</summary>
    public string MonthAlternation { get; }

    public string WeekdayAlternation { get; }

    public bool TryMonth(ReadOnlySpan<char> word, out int month) => _months.TryGetValue(TrimDot(word), out month);

    public bool TryWeekday(ReadOnlySpan<char> word, out DayOfWeek day)
    {
        day = default;
        if (!_weekdays.TryGetValue(TrimDot(word), out int iso))
            return false;
        day = (DayOfWeek)(iso % 7);
        return true;
    }

    /// <summary>A small count written as digits or a word ("3", "three", "a").</summary>
    public bool TryCount(ReadOnlySpan<char> word, out int count)
    {
        if (int.TryParse(word, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out count))
            return true;
        return _numbers.TryGetValue(word, out count);
    }

    private static ReadOnlySpan<char> TrimDot(ReadOnlySpan<char> word) => word.EndsWith('.') ? word[..^1] : word;
}
