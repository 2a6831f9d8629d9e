using CradleToCareer.Domain.Research;

namespace CradleToCareer.Domain.Tests.Research;

public sealed class KAnonymityTests
{
    private const string Cohort = "graduates:2024-2025";
    private const string School = "cds:19647331931765";

    [Fact]
    public void K_is_11()
    {
        Assert.Equal(11, KAnonymity.K);
    }

    [Theory]
    [InlineData(2007, "2005-2009")]
    [InlineData(2005, "2005-2009")]
    [InlineData(2009, "2005-2009")]
    [InlineData(2010, "2010-2014")]
    [InlineData(1999, "1995-1999")]
    public void A_band_is_five_years_aligned_on_multiples_of_five(int year, string band)
    {
        Assert.Equal(band, KAnonymity.BandOf(year));
    }

    [Fact]
    public void A_group_of_11_is_kept_as_it_is()
    {
        var plan = KAnonymity.Plan(Counts((Key(2007), 11)));

        Assert.Equal(RowDecision.Keep, plan.Decide(Key(2007)));
        Assert.Equal((11L, 0L, 0L), Totals(plan));
    }

    [Fact]
    public void A_group_of_10_is_generalized_when_its_band_reaches_11()
    {
        var plan = KAnonymity.Plan(Counts((Key(2007), 10), (Key(2008), 1)));

        Assert.Equal(RowDecision.Generalize("2005-2009"), plan.Decide(Key(2007)));
        Assert.Equal(RowDecision.Generalize("2005-2009"), plan.Decide(Key(2008)));
        Assert.Equal((0L, 11L, 0L), Totals(plan));
    }

    [Fact]
    public void A_band_group_of_10_is_dropped_and_counted_as_dropped()
    {
        var plan = KAnonymity.Plan(Counts((Key(2006), 4), (Key(2007), 6), (Key(2010), 12)));

        Assert.Equal(RowDecision.Drop, plan.Decide(Key(2006)));
        Assert.Equal(RowDecision.Drop, plan.Decide(Key(2007)));
        Assert.Equal(RowDecision.Keep, plan.Decide(Key(2010)));
        Assert.Equal((12L, 0L, 10L), Totals(plan));
    }

    [Fact]
    public void A_kept_year_does_not_count_toward_the_band_of_the_rows_being_generalized()
    {
        var plan = KAnonymity.Plan(Counts((Key(2006), 30), (Key(2007), 5)));

        Assert.Equal(RowDecision.Keep, plan.Decide(Key(2006)));
        Assert.Equal(RowDecision.Drop, plan.Decide(Key(2007)));
        Assert.Equal((30L, 0L, 5L), Totals(plan));
    }

    [Fact]
    public void Bands_are_formed_per_sex_cohort_and_institution()
    {
        var plan = KAnonymity.Plan(Counts(
            (Key(2007), 6), (Key(2008, sex: "M"), 6), (Key(2008, cohort: "graduates:2023-2024"), 6),
            (Key(2008, institution: "cds:00000000000000"), 6)));

        Assert.Equal((0L, 0L, 24L), Totals(plan));
    }

    [Fact]
    public void Years_in_different_bands_are_not_pooled()
    {
        var plan = KAnonymity.Plan(Counts((Key(2009), 6), (Key(2010), 6)));

        Assert.Equal(RowDecision.Drop, plan.Decide(Key(2009)));
        Assert.Equal(RowDecision.Drop, plan.Decide(Key(2010)));
    }

    [Fact]
    public void A_small_group_without_a_birth_year_is_dropped_and_a_large_one_kept()
    {
        var small = KAnonymity.Plan(Counts((Key(null), 10), (Key(2007), 10)));
        var large = KAnonymity.Plan(Counts((Key(null), 11)));

        Assert.Equal(RowDecision.Drop, small.Decide(Key(null)));
        Assert.Equal(RowDecision.Drop, small.Decide(Key(2007)));
        Assert.Equal((0L, 0L, 20L), Totals(small));
        Assert.Equal(RowDecision.Keep, large.Decide(Key(null)));
        Assert.Equal("", large.Decide(Key(null)).BirthYearCell(null));
    }

    [Fact]
    public void A_key_the_plan_never_counted_is_dropped()
    {
        var plan = KAnonymity.Plan(Counts((Key(2007), 11)));

        Assert.Equal(RowDecision.Drop, plan.Decide(Key(2007, sex: "X")));
    }

    [Fact]
    public void A_written_row_shows_the_year_or_the_band_in_its_group()
    {
        Assert.Equal(new ExtractGroup("2007", "F", Cohort, School), RowDecision.Keep.GroupOf(Key(2007)));
        Assert.Equal(new ExtractGroup("2005-2009", "F", Cohort, School), RowDecision.Generalize("2005-2009").GroupOf(Key(2007)));
    }

    private static QuasiIdentifier Key(int? year, string sex = "F", string cohort = Cohort, string institution = School) =>
        new(year, sex, cohort, institution);

    private static Dictionary<QuasiIdentifier, long> Counts(params (QuasiIdentifier Key, long Count)[] counts) =>
        counts.ToDictionary(c => c.Key, c => c.Count);

    private static (long Kept, long Generalized, long Dropped) Totals(KAnonymityPlan plan) =>
        (plan.KeptRows, plan.GeneralizedRows, plan.DroppedRows);
}
