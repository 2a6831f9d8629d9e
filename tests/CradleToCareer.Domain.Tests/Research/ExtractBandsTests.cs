using System.Globalization;
using CradleToCareer.Domain.Research;

namespace CradleToCareer.Domain.Tests.Research;

public sealed class ExtractBandsTests
{
    [Theory]
    [InlineData(null, "")]
    [InlineData("0", "0.00-1.99")]
    [InlineData("1.99", "0.00-1.99")]
    [InlineData("2.00", "2.00-2.49")]
    [InlineData("2.49", "2.00-2.49")]
    [InlineData("2.5", "2.50-2.99")]
    [InlineData("3.00", "3.00-3.49")]
    [InlineData("3.49", "3.00-3.49")]
    [InlineData("3.50", "3.50-4.00")]
    [InlineData("4.00", "3.50-4.00")]
    [InlineData("4.40", "3.50-4.00")]
    public void A_gpa_falls_in_its_half_point_band(string? gpa, string band)
    {
        Assert.Equal(band, ExtractBands.Gpa(Amount(gpa)));
    }

    [Theory]
    [InlineData("0", "0")]
    [InlineData("0.5", "0.1-14.9")]
    [InlineData("14.99", "0.1-14.9")]
    [InlineData("15", "15.0-29.9")]
    [InlineData("29.5", "15.0-29.9")]
    [InlineData("30", "30.0-59.9")]
    [InlineData("60", "60.0-89.9")]
    [InlineData("89.9", "60.0-89.9")]
    [InlineData("90", "90.0+")]
    [InlineData("240", "90.0+")]
    public void Units_fall_in_their_band(string units, string band)
    {
        Assert.Equal(band, ExtractBands.Units(Amount(units)!.Value));
    }

    [Theory]
    [InlineData(null, "")]
    [InlineData("0", "0")]
    [InlineData("0.01", "1-9999")]
    [InlineData("9999.99", "1-9999")]
    [InlineData("10000", "10000-24999")]
    [InlineData("24999", "10000-24999")]
    [InlineData("25000", "25000-49999")]
    [InlineData("50000", "50000-74999")]
    [InlineData("74999.50", "50000-74999")]
    [InlineData("75000", "75000+")]
    public void Annual_wages_fall_in_their_band(string? wages, string band)
    {
        Assert.Equal(band, ExtractBands.AnnualWages(Amount(wages)));
    }

    [Theory]
    [InlineData("2025-06-15", "2025-06-15", 0)]
    [InlineData("2025-06-15", "2025-07-14", 0)]
    [InlineData("2025-06-15", "2025-07-15", 1)]
    [InlineData("2025-06-15", "2026-06-14", 11)]
    [InlineData("2025-06-15", "2026-06-15", 12)]
    [InlineData("2025-01-31", "2025-02-27", 0)]
    [InlineData("2025-01-31", "2025-02-28", 1)]
    [InlineData("2025-06-15", "2025-06-14", -1)]
    [InlineData("2025-06-15", "2025-05-15", -1)]
    [InlineData("2025-06-15", "2025-05-14", -2)]
    public void Months_are_whole_months_counted_toward_the_earlier_month(string start, string reached, int months)
    {
        Assert.Equal(months, ExtractBands.MonthsBetween(Day(start), Day(reached)));
    }

    [Fact]
    public void A_milestone_not_reached_is_an_empty_cell_and_one_reached_before_d0_a_negative_count()
    {
        Assert.Equal("", ExtractBands.Months(new DateOnly(2025, 6, 15), null));
        Assert.Equal("-1", ExtractBands.Months(new DateOnly(2025, 6, 15), new DateOnly(2025, 6, 1)));
    }

    private static decimal? Amount(string? text) => text is null ? null : decimal.Parse(text, CultureInfo.InvariantCulture);

    private static DateOnly Day(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
