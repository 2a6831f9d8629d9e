using CradleToCareer.Domain.Outcomes;
using static CradleToCareer.Domain.Tests.Outcomes.OutcomeMembers;

namespace CradleToCareer.Domain.Tests.Outcomes;

public sealed class MedianWagesTests
{
    private static decimal[] Thousands(int count) => Enumerable.Range(1, count).Select(i => i * 1_000m).ToArray();

    [Fact]
    public void The_median_needs_11_values()
    {
        Assert.Null(MedianWages.MedianOf(Thousands(10)));
        Assert.Equal(6_000m, MedianWages.MedianOf(Thousands(11)));
        Assert.Null(MedianWages.MedianOf([]));
    }

    [Fact]
    public void An_even_count_takes_the_mean_of_the_middle_two_rounded_half_away_from_zero()
    {
        decimal[] values = [40_000m, 20_000m, 30_001m, 40_000m, 20_000m, 20_000m, 40_000m, 30_000m, 20_000m, 40_000m, 20_000m, 40_000m];

        Assert.Equal(30_001m, MedianWages.MedianOf(values));
        Assert.Equal(30_000m, MedianWages.MedianOf([.. values[..^1], 30_000m]));
    }

    [Theory]
    [InlineData(30_000.50, 30_001)]
    [InlineData(30_000.49, 30_000)]
    [InlineData(29_999.50, 30_000)]
    public void An_odd_count_takes_the_middle_value_in_whole_dollars(double middle, int median)
    {
        decimal[] values = [.. Enumerable.Repeat(10_000m, 5), (decimal)middle, .. Enumerable.Repeat(90_000m, 5)];

        Assert.Equal(median, MedianWages.MedianOf(values));
    }

    /// <summary>
    /// "no" loses its count as the complement of "yes" (3), yet keeps its median: 11 qualify there, and a median does not
    /// give the count away.
    /// </summary>
    [Fact]
    public void Median_cells_count_the_qualifying_members_suppressed_like_denominators()
    {
        var women = Thousands(11).Select(w => Entrant("F", wages: w));
        var men = new[] { 50_000m, 60_000m, 70_000m }.Select(w => Entrant("M", socialServices: true, wages: w));
        var unqualified = Entrant("X").Times(20);

        var median = MedianWages.Of([.. women, .. men, .. unqualified]);

        Assert.Equal(new MedianCell(14, 7_500m), median.All);
        Assert.Equal(
            [new("F", new MedianCell(11, 6_000m)), new("M", new MedianCell(null, null)), new("X", new MedianCell(null, null)), new("unknown", new MedianCell(0, null))],
            median.Sex);
        Assert.Equal([new("no", new MedianCell(null, 6_000m)), new("yes", new MedianCell(null, null))], median.SocialServices);
    }

    [Theory]
    [InlineData(10, null, null)]
    [InlineData(11, 11, 6_000)]
    public void The_median_of_a_cohort_is_shown_from_11_qualifying_members(int qualifying, int? denominator, int? shown)
    {
        var median = MedianWages.Of([.. Thousands(qualifying).Select(w => Entrant(wages: w)), .. Entrant().Times(30)]);

        Assert.Equal(new MedianCell(denominator, shown), median.All);
    }
}
