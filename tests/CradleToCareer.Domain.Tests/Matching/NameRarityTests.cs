using CradleToCareer.Domain.Matching;

namespace CradleToCareer.Domain.Tests.Matching;

/// <summary>Term-frequency adjustments: agreeing on a rare name counts more than agreeing on a common one.</summary>
public sealed class NameRarityTests
{
    private const double AverageAgreement = 0.005;

    [Fact]
    public void A_name_as_common_as_the_average_adds_nothing_a_rarer_one_adds_and_a_commoner_one_takes_away()
    {
        var average = NameRarity.Bits(500, 100_000, AverageAgreement);
        var rare = NameRarity.Bits(20, 100_000, AverageAgreement);
        var common = NameRarity.Bits(2_000, 100_000, AverageAgreement);

        Assert.Equal(0, average, 2);
        Assert.Equal(4.0, rare, 1);
        Assert.Equal(-2.0, common, 1);
    }

    /// <summary>Early in a new service a name seen twice among ten is not taken for one in five: the average weighs more.</summary>
    [Fact]
    public void Few_names_counted_leave_the_adjustment_near_zero()
    {
        Assert.InRange(NameRarity.Bits(2, 10, AverageAgreement), -1, 0);
        Assert.Equal(0, NameRarity.Bits(0, 0, AverageAgreement), 6);
    }

    [Fact]
    public void The_adjustment_is_capped_either_way()
    {
        Assert.Equal(NameRarity.MaximumBits, NameRarity.Bits(0, 10_000_000, AverageAgreement));
        Assert.Equal(-NameRarity.MaximumBits, NameRarity.Bits(1_000_000, 1_000_000, AverageAgreement));
    }

    [Fact]
    public void A_missing_name_or_a_field_without_agreement_probability_is_not_adjusted()
    {
        Assert.Equal(0, NameRarity.Bits(null, 100_000, AverageAgreement));
        Assert.Equal(0, NameRarity.Bits(3, 100_000, 0));
    }

    [Fact]
    public void Of_uses_each_fields_u_of_agreement()
    {
        var rarity = NameRarity.Of(new NameCount(20, 2_000, 100_000, 100_000), MatchWeights.Default);

        Assert.Equal(NameRarity.Bits(20, 100_000, MatchWeights.Default.Fields[MatchField.FirstName].UAgree), rarity.FirstName);
        Assert.Equal(NameRarity.Bits(2_000, 100_000, MatchWeights.Default.Fields[MatchField.LastName].UAgree), rarity.LastName);
    }

    /// <summary>Only an agreeing name gains or loses: a typo or a different name says nothing about how common the name is.</summary>
    [Fact]
    public void The_score_adds_the_adjustment_to_agreeing_names_only_and_shows_it_in_the_evidence()
    {
        var rarity = new NameRarity(FirstName: 3, LastName: -2);
        var agreeing = Pattern((MatchField.FirstName, Agreement.Agree), (MatchField.LastName, Agreement.Agree), (MatchField.BirthDate, Agreement.Agree));
        var similar = Pattern((MatchField.FirstName, Agreement.Partial), (MatchField.LastName, Agreement.Disagree), (MatchField.BirthDate, Agreement.Agree));

        var adjusted = FellegiSunter.Score(agreeing, MatchWeights.Default, rarity);
        var plain = FellegiSunter.Score(agreeing, MatchWeights.Default);

        Assert.Equal(plain.Total + 1, adjusted.Total, 6);
        Assert.Equal((3.0, -2.0), (adjusted.Fields[(int)MatchField.FirstName].FrequencyBits, adjusted.Fields[(int)MatchField.LastName].FrequencyBits));
        Assert.Equal(plain.Fields[(int)MatchField.FirstName].Weight + 3, adjusted.Fields[(int)MatchField.FirstName].Weight, 6);
        Assert.True(FellegiSunter.IsAdjusted(agreeing, rarity));
        Assert.False(FellegiSunter.IsAdjusted(similar, rarity));
        Assert.Equal(FellegiSunter.Score(similar, MatchWeights.Default).Total, FellegiSunter.Score(similar, MatchWeights.Default, rarity).Total);
    }

    private static ComparisonPattern Pattern(params (MatchField Field, Agreement Agreement)[] levels) =>
        levels.Aggregate(default(ComparisonPattern), (pattern, level) => pattern.With(level.Field, level.Agreement));
}
