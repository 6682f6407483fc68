using System.Globalization;
using Sitrep.Model;

namespace Sitrep.Recognition.Dates;

/// <summary>
/// Reads a publication date given as metadata: ISO 8601 ("2016-05-09", "2016-05-09T14:00:00Z"),
/// RFC 1123 as in RSS ("Mon, 09 May 2016 14:00:00 GMT"), "May 9, 2016", "9 May 2016", "5/9/2016"
/// (US order, as CSV exports write it), or a year-month ("2016-05"). The calendar day is taken as
/// written: no time-zone shift, since the outlet's local day is the one its reports mean.
/// </summary>
public static class MetadataDate
{
    private static readonly string[] s_monthFormats = ["yyyy-MM", "MMMM yyyy", "MMM yyyy"];

    public static DateValue? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        value = value.Trim();
        // Month-only first: the general parser would read "2016-05" as the 1st of May.
        if (DateTime.TryParseExact(value, s_monthFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var month))
            return DateValue.Month(month.Year, month.Month);
        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var instant))
            return DateValue.Day(DateOnly.FromDateTime(instant.DateTime));
        if (value.Length == 4 && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int year) && year is >= 1900 and <= 2100)
            return DateValue.Year(year);
        // Fall back to the text patterns ("Wed 05 Apr 2017", "24.08.2013").
        var found = AbsoluteDates.Default.Scan(value, 0, value.Length);
        return found.Count > 0 ? found[0].Value : null;
    }
}
