using CradleToCareer.Domain.Profile;

namespace CradleToCareer.Domain.Outcomes;

/// <summary>
/// Sums of wage records over runs of calendar quarters (Q1 starts Jan 1, Q2 Apr 1, Q3 Jul 1, Q4 Oct 1). A quarter is
/// numbered <c>year * 4 + quarter - 1</c>, so consecutive quarters have consecutive numbers across years.
/// </summary>
public static class WageQuarters
{
    /// <summary>How many quarters the after-credential and annual sums cover.</summary>
    public const int Span = 4;

    public static int NumberOf(int year, int quarter) => (year * 4) + quarter - 1;

    /// <summary>The number of the quarter whose dates include <paramref name="date"/>.</summary>
    public static int Containing(DateOnly date) => NumberOf(date.Year, ((date.Month - 1) / 3) + 1);

    /// <summary>
    /// The wages of the four quarters that follow <paramref name="awarded"/>: the first quarter starting strictly after
    /// that day and the three after it. Null when no wage record (of any amount, zero included) falls in them.
    /// </summary>
    public static decimal? AfterAward(DateOnly awarded, IEnumerable<WageRecord> wages) =>
        SumOver(Containing(awarded) + 1, wages);

    /// <summary>
    /// The wages of the four quarters ending with the latest quarter that has a wage record; null without any record.
    /// </summary>
    public static decimal? LatestYear(IReadOnlyCollection<WageRecord> wages)
    {
        if (wages.Count == 0)
        {
            return null;
        }

        var latest = wages.Max(w => NumberOf(w.Year, w.Quarter));
        return SumOver(latest - Span + 1, wages);
    }

    private static decimal? SumOver(int first, IEnumerable<WageRecord> wages)
    {
        var last = first + Span - 1;
        decimal? sum = null;
        foreach (var wage in wages)
        {
            var number = NumberOf(wage.Year, wage.Quarter);
            if (number >= first && number <= last)
            {
                sum = (sum ?? 0m) + wage.Wages;
            }
        }

        return sum;
    }
}
