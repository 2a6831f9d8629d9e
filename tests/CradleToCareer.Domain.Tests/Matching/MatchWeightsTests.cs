using CradleToCareer.Domain.Matching;

namespace CradleToCareer.Domain.Tests.Matching;

public class MatchWeightsTests
{
    [Fact]
    public void A_weight_is_log2_of_m_over_u()
    {
        var weights = MatchWeights.Default;
        var firstName = weights.Fields[MatchField.FirstName];

        Assert.Equal(Math.Log2(firstName.MAgree / firstName.UAgree), weights.WeightOf(MatchField.FirstName, Agreement.Agree), 12);
        Assert.Equal(Math.Log2(firstName.MDisagree / firstName.UDisagree), weights.WeightOf(MatchField.FirstName, Agreement.Disagree), 12);
    }

    [Fact]
    public void Missing_and_unused_levels_weigh_nothing()
    {
        Assert.Equal(0, MatchWeights.Default.WeightOf(MatchField.Ssn, Agreement.Missing));
        Assert.Equal(0, MatchWeights.Default.WeightOf(MatchField.Sex, Agreement.Partial));
    }

    [Fact]
    public void Default_m_and_u_are_distributions_that_favour_agreement()
    {
        foreach (var (field, p) in MatchWeights.Default.Fields)
        {
            Assert.Equal(1.0, p.MAgree + p.MPartial + p.MDisagree, 9);
            Assert.Equal(1.0, p.UAgree + p.UPartial + p.UDisagree, 9);
            Assert.True(MatchWeights.Default.WeightOf(field, Agreement.Agree) > 0, $"{field} agree");
            Assert.True(MatchWeights.Default.WeightOf(field, Agreement.Disagree) < 0, $"{field} disagree");
        }

        Assert.True(ExpectationMaximization.IsPlausible(new EmEstimate(MatchWeights.Default, 0.1, 0, true)));
    }

    [Fact]
    public void A_near_ssn_weighs_about_12_bits_just_below_an_equal_one_and_another_ssn_still_about_minus_5()
    {
        var partial = MatchWeights.Default.WeightOf(MatchField.Ssn, Agreement.Partial);

        Assert.Equal(12.3, partial, 1);
        Assert.True(partial < MatchWeights.Default.WeightOf(MatchField.Ssn, Agreement.Agree));
        Assert.Equal(-5.1, MatchWeights.Default.WeightOf(MatchField.Ssn, Agreement.Disagree), 1);
    }

    [Fact]
    public void Weights_need_every_field()
    {
        var fields = MatchWeights.Default.Fields.Where(pair => pair.Key != MatchField.City).ToDictionary();

        Assert.Throws<ArgumentException>(() => new MatchWeights(fields));
    }

    [Fact]
    public void Probabilities_must_be_in_range_and_zero_in_both_classes_or_neither()
    {
        Assert.Throws<ArgumentException>(() => WithCity(new FieldProbabilities(1.2, 0, 0.3, 0.05, 0, 0.95)));
        Assert.Throws<ArgumentException>(() => WithCity(new FieldProbabilities(0.7, 0, 0.3, 0.05, 0.01, 0.94)));
        Assert.Throws<ArgumentException>(() => WithCity(new FieldProbabilities(double.NaN, 0, 0.3, 0.05, 0, 0.95)));
        Assert.Throws<ArgumentException>(() => MatchWeights.Default with { Fields = new Dictionary<MatchField, FieldProbabilities>() });
    }

    [Fact]
    public void Later_changes_to_the_given_dictionary_do_not_change_the_weights()
    {
        var fields = MatchWeights.Default.Fields.ToDictionary();
        var weights = new MatchWeights(fields);

        fields[MatchField.City] = new FieldProbabilities(0.5, 0, 0.5, 0.5, 0, 0.5);

        Assert.NotEqual(0, weights.WeightOf(MatchField.City, Agreement.Agree));
    }

    [Fact]
    public void The_score_is_the_sum_of_the_field_weights_with_every_field_in_order()
    {
        var pattern = default(ComparisonPattern)
            .With(MatchField.FirstName, Agreement.Agree)
            .With(MatchField.LastName, Agreement.Partial)
            .With(MatchField.BirthDate, Agreement.Disagree)
            .With(MatchField.PostalCode, Agreement.Partial);

        var score = FellegiSunter.Score(pattern, MatchWeights.Default);

        Assert.Equal(Enum.GetValues<MatchField>(), score.Fields.Select(evidence => evidence.Field));
        Assert.Equal(score.Fields.Sum(evidence => evidence.Weight), score.Total, 12);
        Assert.Equal(Agreement.Partial, score.Fields[(int)MatchField.LastName].Agreement);
        Assert.Equal(MatchWeights.Default.WeightOf(MatchField.BirthDate, Agreement.Disagree), score.Fields[(int)MatchField.BirthDate].Weight);
        Assert.Equal(0, score.Fields[(int)MatchField.Ssn].Weight);
    }

    [Fact]
    public void Full_agreement_scores_far_above_the_upper_threshold()
    {
        var pattern = default(ComparisonPattern);
        foreach (var field in Enum.GetValues<MatchField>())
        {
            pattern = pattern.With(field, Agreement.Agree);
        }

        Assert.True(FellegiSunter.Score(pattern, MatchWeights.Default).Total > 3 * MatchThresholds.Default.Upper);
    }

    private static MatchWeights WithCity(FieldProbabilities city)
    {
        var fields = MatchWeights.Default.Fields.ToDictionary();
        fields[MatchField.City] = city;
        return new MatchWeights(fields);
    }
}
