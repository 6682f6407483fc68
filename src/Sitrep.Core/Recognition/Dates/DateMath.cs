namespace Sitrep.Recognition.Dates;

/// <summary>
/// Calendar steps with their ends stated, after Noda Time's DateAdjusters: "on Sunday" in an
/// article of Sunday is that day (<see cref="PreviousOrSame"/>), "last Sunday" is not (<see cref="Previous"/>).
/// </summary>
public static class DateMath
{
    public static DateOnly PreviousOrSame(DateOnly from, DayOfWeek day) => from.AddDays(-(((int)from.DayOfWeek - (int)day + 7) % 7));

    public static DateOnly Previous(DateOnly from, DayOfWeek day) => PreviousOrSame(from.AddDays(-1), day);

    public static DateOnly NextOrSame(DateOnly from, DayOfWeek day) => from.AddDays(((int)day - (int)from.DayOfWeek + 7) % 7);

    public static DateOnly Next(DateOnly from, DayOfWeek day) => NextOrSame(from.AddDays(1), day);

    /// <summary>Monday of the ISO week holding <paramref name="day"/>.</summary>
    public static DateOnly WeekStart(DateOnly day) => PreviousOrSame(day, DayOfWeek.Monday);

    /// <summary>A day-month-year that exists, or null (31 April, 29 February 2015).</summary>
    public static DateOnly? TryCreate(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;
}
