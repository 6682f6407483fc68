using System.Globalization;

namespace Sitrep.Model;

/// <summary>
/// A calendar date known to a precision: the closed interval <see cref="First"/>..<see cref="Last"/>
/// (both included, as in "Monday to Friday"). <see cref="ToString"/> gives the contract's
/// <c>value</c>: <c>2016-05-08</c> (day), <c>2016-05-07</c> (week: its first day),
/// <c>2015-12</c> (month), <c>2015</c> (year).
/// </summary>
public readonly record struct DateValue(DateOnly First, DateOnly Last, DatePrecision Precision)
{
    public static DateValue Day(DateOnly day) => new(day, day, DatePrecision.Day);

    /// <summary>A run of days reported as one period, e.g. a weekend or a calendar week.</summary>
    public static DateValue Week(DateOnly first, DateOnly last) => new(first, last, DatePrecision.Week);

    public static DateValue Month(int year, int month)
    {
        var first = new DateOnly(year, month, 1);
        return new(first, first.AddMonths(1).AddDays(-1), DatePrecision.Month);
    }

    public static DateValue Year(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), DatePrecision.Year);

    /// <summary>True when <paramref name="day"/> lies within <paramref name="toleranceDays"/> of this interval.</summary>
    public bool IsNear(DateOnly day, int toleranceDays) =>
        day.DayNumber >= First.DayNumber - toleranceDays && day.DayNumber <= Last.DayNumber + toleranceDays;

    public override string ToString() => Precision switch
    {
        DatePrecision.Day or DatePrecision.Week => First.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DatePrecision.Month => First.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => First.Year.ToString("D4", CultureInfo.InvariantCulture),
    };
}
