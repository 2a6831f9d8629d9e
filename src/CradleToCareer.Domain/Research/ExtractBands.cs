using System.Globalization;

namespace CradleToCareer.Domain.Research;

/// <summary>
/// The bands an extract writes in place of exact values, so a row never carries a figure precise enough to find a
/// person by. A missing value is an empty cell. Every band runs from its lower bound up to, but not including, the
/// next band's lower bound; the labels name the values a researcher would read into them.
/// </summary>
public static class ExtractBands
{
    /// <summary>
    /// A GPA on the 4-point scale: <c>0.00-1.99</c> (below 2.00), <c>2.00-2.49</c>, <c>2.50-2.99</c>,
    /// <c>3.00-3.49</c>, <c>3.50-4.00</c> (3.50 and above, a weighted GPA over 4.00 included); empty without a GPA.
    /// Half-point steps from 2.00, the usual floor of good standing, up to 3.50, the usual floor of honors.
    /// </summary>
    public static string Gpa(decimal? gpa) => gpa switch
    {
        null => "",
        < 2.00m => "0.00-1.99",
        < 2.50m => "2.00-2.49",
        < 3.00m => "2.50-2.99",
        < 3.50m => "3.00-3.49",
        _ => "3.50-4.00",
    };

    /// <summary>
    /// Postsecondary units earned: <c>0</c> (none), <c>0.1-14.9</c> (more than none, under 15: about a first
    /// term), <c>15.0-29.9</c>, <c>30.0-59.9</c> (30 is the <c>postsecondary.30-units</c> milestone),
    /// <c>60.0-89.9</c> (60 is what an associate degree or a transfer asks), <c>90.0+</c>.
    /// </summary>
    public static string Units(decimal units) => units switch
    {
        <= 0m => "0",
        < 15m => "0.1-14.9",
        < 30m => "15.0-29.9",
        < 60m => "30.0-59.9",
        < 90m => "60.0-89.9",
        _ => "90.0+",
    };

    /// <summary>
    /// Wages of a year (the latest four quarters) in dollars: <c>0</c>, <c>1-9999</c> (more than nothing, under
    /// 10,000), <c>10000-24999</c>, <c>25000-49999</c>, <c>50000-74999</c>, <c>75000+</c>; empty without wage records.
    /// </summary>
    public static string AnnualWages(decimal? wages) => wages switch
    {
        null => "",
        <= 0m => "0",
        < 10_000m => "1-9999",
        < 25_000m => "10000-24999",
        < 50_000m => "25000-49999",
        < 75_000m => "50000-74999",
        _ => "75000+",
    };

    /// <summary>
    /// Whole months from <paramref name="start"/> (the cohort's <c>d0</c>) to <paramref name="reached"/>: the largest
    /// n for which <paramref name="start"/> plus n calendar months (the day kept, or the month's last day when the
    /// month is shorter) is on or before <paramref name="reached"/>. So the count rounds toward the earlier month:
    /// 2025-06-15 to 2025-07-14 is 0, to 2025-07-15 is 1, 2025-01-31 to 2025-02-28 is 1, and a milestone reached
    /// before <c>d0</c> is negative (2025-06-15 to 2025-06-10 is -1).
    /// </summary>
    public static int MonthsBetween(DateOnly start, DateOnly reached)
    {
        var months = ((reached.Year - start.Year) * 12) + reached.Month - start.Month;
        return start.AddMonths(months) > reached ? months - 1 : months;
    }

    /// <summary><see cref="MonthsBetween"/> as a cell: the count, or empty when the milestone was not reached.</summary>
    public static string Months(DateOnly start, DateOnly? reached) =>
        reached is { } date ? MonthsBetween(start, date).ToString(CultureInfo.InvariantCulture) : "";
}
