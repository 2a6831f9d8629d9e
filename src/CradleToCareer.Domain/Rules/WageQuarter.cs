namespace CradleToCareer.Domain.Rules;

/// <summary>Calendar quarters of wage records: Q1 starts Jan 1, Q2 Apr 1, Q3 Jul 1, Q4 Oct 1.</summary>
public static class WageQuarter
{
    public static DateOnly Start(int year, int quarter) =>
        quarter is >= 1 and <= 4
            ? new DateOnly(year, ((quarter - 1) * 3) + 1, 1)
            : throw new ArgumentOutOfRangeException(nameof(quarter), quarter, "A quarter is 1 to 4.");
}
