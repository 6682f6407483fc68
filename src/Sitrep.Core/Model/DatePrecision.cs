namespace Sitrep.Model;

/// <summary>How exactly a date is known. A month-level date is not "the 1st of the month".</summary>
public enum DatePrecision
{
    Day,
    Week,
    Month,
    Year,
}
