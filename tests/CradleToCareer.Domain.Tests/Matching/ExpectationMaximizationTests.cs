using CradleToCareer.Domain.Matching;

namespace CradleToCareer.Domain.Tests.Matching;

public class ExpectationMaximizationTests
{
    private const double TrueProportion = 0.15;

    private static readonly MatchWeights TrueWeights = new(new Dictionary<MatchField, FieldProbabilities>
    {
        [MatchField.FirstName] = new(0.85, 0.10, 0.05, 0.02, 0.05, 0.93),
        [MatchField.LastName] = new(0.88, 0.07, 0.05, 0.03, 0.04, 0.93),
        [MatchField.BirthDate] = new(0.90, 0.06, 0.04, 0.01, 0.04, 0.95),
        [MatchField.Sex] = new(0.97, 0, 0.03, 0.50, 0, 0.50),
        [MatchField.StreetAddress] = new(0.50, 0.15, 0.35, 0.02, 0.03, 0.95),
        [MatchField.City] = new(0.70, 0, 0.30, 0.10, 0, 0.90),
        [MatchField.PostalCode] = new(0.60, 0.15, 0.25, 0.05, 0.10, 0.85),
        [MatchField.Ssn] = new(0.95, 0, 0.05, 0.01, 0, 0.99),
    });

    private static readonly double[] MissingRates = [0.02, 0.02, 0.05, 0.2, 0.3, 0.3, 0.25, 0.7];

    [Fact]
    public void Em_recovers_the_parameters_that_generated_the_patterns()
    {
        var counts = ExpectedCounts(TrueWeights, TrueProportion, MissingRates, pairs: 1_000_000_000);

        var estimate = ExpectationMaximization.Estimate(counts, MatchWeights.Default, maxIterations: 1_000, tolerance: 1e-9);

        Assert.True(estimate.Converged);
        Assert.Equal(TrueProportion, estimate.MatchProportion, 0.002);
        foreach (var (field, expected) in TrueWeights.Fields)
        {
            var actual = estimate.Weights.Fields[field];
            Assert.Equal(expected.MAgree, actual.MAgree, 0.005);
            Assert.Equal(expected.MPartial, actual.MPartial, 0.005);
            Assert.Equal(expected.MDisagree, actual.MDisagree, 0.005);
            Assert.Equal(expected.UAgree, actual.UAgree, 0.005);
            Assert.Equal(expected.UPartial, actual.UPartial, 0.005);
            Assert.Equal(expected.UDisagree, actual.UDisagree, 0.005);
        }

        Assert.True(ExpectationMaximization.IsPlausible(estimate));
    }

    [Fact]
    public void With_random_pairs_u_is_their_level_share_and_em_recovers_m_and_the_proportion()
    {
        var candidates = ExpectedCounts(TrueWeights, TrueProportion, MissingRates, pairs: 1_000_000_000);
        var random = ExpectedCounts(TrueWeights, 0, MissingRates, pairs: 1_000_000_000);

        var estimate = ExpectationMaximization.EstimateWithRandomPairs(candidates, random, MatchWeights.Default, maxIterations: 1_000, tolerance: 1e-9);

        Assert.True(estimate.Converged);
        Assert.Equal(TrueProportion, estimate.MatchProportion, 0.002);
        foreach (var (field, expected) in TrueWeights.Fields)
        {
            var actual = estimate.Weights.Fields[field];
            Assert.Equal((expected.MAgree, expected.MPartial, expected.MDisagree), (Round(actual.MAgree), Round(actual.MPartial), Round(actual.MDisagree)));
            Assert.Equal((expected.UAgree, expected.UPartial, expected.UDisagree), (Round(actual.UAgree), Round(actual.UPartial), Round(actual.UDisagree)));
        }

        Assert.True(ExpectationMaximization.IsPlausible(estimate));
    }

    [Fact]
    public void Neighbours_found_through_a_postal_code_key_do_not_pass_for_matches_once_the_forced_fields_are_left_out()
    {
        // Candidates: a few true matches found through the birth-date key, many neighbours found through the
        // given-name-and-postal-code key, who share that name, postal code and city and nothing else.
        var neighbourWeights = TrueWeights with
        {
            Fields = new Dictionary<MatchField, FieldProbabilities>(TrueWeights.Fields)
            {
                [MatchField.FirstName] = new(0.85, 0.10, 0.05, 0.98, 0.01, 0.01),
                [MatchField.City] = new(0.70, 0, 0.30, 0.98, 0, 0.02),
                [MatchField.PostalCode] = new(0.60, 0.15, 0.25, 0.98, 0.01, 0.01),
            },
        };
        var matches = Masked(ExpectedCounts(TrueWeights, 1, MissingRates, pairs: 10_000), "bk:birth:x");
        var neighbours = Masked(ExpectedCounts(neighbourWeights, 0, MissingRates, pairs: 200_000), "bk:given-zip:x");
        var candidates = matches.Concat(neighbours).GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Sum(p => p.Value));
        var random = ExpectedCounts(TrueWeights, 0, MissingRates, pairs: 200_000);

        var unmasked = ExpectationMaximization.EstimateWithRandomPairs(
            ExpectedCounts(TrueWeights, 1, MissingRates, pairs: 10_000).Concat(ExpectedCounts(neighbourWeights, 0, MissingRates, pairs: 200_000))
                .GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Sum(p => p.Value)),
            random, MatchWeights.Default);
        var estimate = ExpectationMaximization.EstimateWithRandomPairs(candidates, random, MatchWeights.Default);

        Assert.True(unmasked.MatchProportion > 0.5);
        Assert.Equal(10_000.0 / 210_000, estimate.MatchProportion, 0.02);
        var adopted = ExpectationMaximization.Adopt(estimate, MatchWeights.Default);
        Assert.Equal(TrueWeights.Fields[MatchField.LastName].MAgree, adopted!.Fields[MatchField.LastName].MAgree, 0.1);
        Assert.Null(ExpectationMaximization.Adopt(unmasked with { MatchProportion = 1 }, MatchWeights.Default));
    }

    private static Dictionary<ComparisonPattern, long> Masked(Dictionary<ComparisonPattern, long> counts, string sharedKey) =>
        counts.GroupBy(p => BlockingKinds.ForEstimation(p.Key, BlockingKinds.ForcedFieldsMask(sharedKey))).ToDictionary(g => g.Key, g => g.Sum(p => p.Value));

    [Fact]
    public void A_field_no_pair_has_keeps_its_start_values_and_an_unseen_level_weighs_nothing()
    {
        var rates = (double[])MissingRates.Clone();
        rates[(int)MatchField.Ssn] = 1;
        var counts = ExpectedCounts(TrueWeights, TrueProportion, rates, pairs: 10_000_000);

        var estimate = ExpectationMaximization.Estimate(counts, MatchWeights.Default);

        Assert.Equal(MatchWeights.Default.Fields[MatchField.Ssn], estimate.Weights.Fields[MatchField.Ssn]);
        Assert.Equal(0, estimate.Weights.Fields[MatchField.Sex].MPartial);
        Assert.Equal(0, estimate.Weights.WeightOf(MatchField.City, Agreement.Partial));
    }

    [Fact]
    public void Estimates_are_clamped_away_from_zero_and_one()
    {
        var agree = default(ComparisonPattern).With(MatchField.FirstName, Agreement.Agree).With(MatchField.BirthDate, Agreement.Agree);
        var disagree = default(ComparisonPattern).With(MatchField.FirstName, Agreement.Disagree).With(MatchField.BirthDate, Agreement.Disagree);

        var estimate = ExpectationMaximization.Estimate(new Dictionary<ComparisonPattern, long> { [agree] = 100, [disagree] = 900 }, MatchWeights.Default);

        var firstName = estimate.Weights.Fields[MatchField.FirstName];
        Assert.Equal(1 - 1e-4, firstName.MAgree, 1e-9);
        Assert.Equal(1e-4, firstName.UAgree, 1e-9);
        Assert.Equal(0.1, estimate.MatchProportion, 1e-3);
    }

    [Fact]
    public void The_iteration_limit_is_kept_and_reported()
    {
        var counts = ExpectedCounts(TrueWeights, TrueProportion, MissingRates, pairs: 1_000_000);

        var estimate = ExpectationMaximization.Estimate(counts, MatchWeights.Default, maxIterations: 2);

        Assert.Equal(2, estimate.Iterations);
        Assert.False(estimate.Converged);
    }

    [Fact]
    public void An_estimate_whose_classes_do_not_separate_is_not_plausible()
    {
        var fields = MatchWeights.Default.Fields.ToDictionary();
        fields[MatchField.City] = new FieldProbabilities(0.05, 0, 0.95, 0.70, 0, 0.30);
        var swappedCity = new MatchWeights(fields);

        Assert.False(ExpectationMaximization.IsPlausible(new EmEstimate(swappedCity, 0.1, 10, true)));
        Assert.False(ExpectationMaximization.IsPlausible(new EmEstimate(MatchWeights.Default, 0, 10, true)));
        Assert.False(ExpectationMaximization.IsPlausible(new EmEstimate(MatchWeights.Default, 1, 10, true)));
        Assert.True(ExpectationMaximization.IsPlausible(new EmEstimate(MatchWeights.Default, 0.1, 10, true)));
    }

    [Fact]
    public void Em_on_patterns_that_carry_no_signal_is_not_plausible()
    {
        var everyFieldAgrees = default(ComparisonPattern);
        foreach (var field in Enum.GetValues<MatchField>())
        {
            everyFieldAgrees = everyFieldAgrees.With(field, Agreement.Agree);
        }

        var estimate = ExpectationMaximization.Estimate(new Dictionary<ComparisonPattern, long> { [everyFieldAgrees] = 1_000 }, MatchWeights.Default);

        Assert.False(ExpectationMaximization.IsPlausible(estimate));
    }

    [Fact]
    public void Bad_input_is_refused()
    {
        var pattern = default(ComparisonPattern).With(MatchField.Sex, Agreement.Agree);

        Assert.Throws<ArgumentException>(() => ExpectationMaximization.Estimate(new Dictionary<ComparisonPattern, long>(), MatchWeights.Default));
        Assert.Throws<ArgumentException>(() => ExpectationMaximization.Estimate(new Dictionary<ComparisonPattern, long> { [pattern] = -1 }, MatchWeights.Default));
        Assert.Throws<ArgumentException>(() => ExpectationMaximization.Estimate(new Dictionary<ComparisonPattern, long> { [new ComparisonPattern(1 << 16)] = 5 }, MatchWeights.Default));
        Assert.Throws<ArgumentOutOfRangeException>(() => ExpectationMaximization.Estimate(new Dictionary<ComparisonPattern, long> { [pattern] = 5 }, MatchWeights.Default, maxIterations: 0));
    }

    private static double Round(double probability) => Math.Round(probability, 2);

    /// <summary>
    /// The expected count of every pattern among <paramref name="pairs"/> pairs when a share
    /// <paramref name="proportion"/> are matches and each field is missing at its rate in both classes.
    /// </summary>
    private static Dictionary<ComparisonPattern, long> ExpectedCounts(MatchWeights weights, double proportion, double[] missingRates, long pairs)
    {
        var partials = new List<(ComparisonPattern Pattern, double Match, double NonMatch)> { (default, proportion, 1 - proportion) };
        foreach (var field in Enum.GetValues<MatchField>())
        {
            var p = weights.Fields[field];
            var missing = missingRates[(int)field];
            var next = new List<(ComparisonPattern, double, double)>();
            foreach (var (pattern, match, nonMatch) in partials)
            {
                next.Add((pattern, match * missing, nonMatch * missing));
                next.Add((pattern.With(field, Agreement.Agree), match * (1 - missing) * p.MAgree, nonMatch * (1 - missing) * p.UAgree));
                next.Add((pattern.With(field, Agreement.Disagree), match * (1 - missing) * p.MDisagree, nonMatch * (1 - missing) * p.UDisagree));
                if (p.MPartial > 0)
                {
                    next.Add((pattern.With(field, Agreement.Partial), match * (1 - missing) * p.MPartial, nonMatch * (1 - missing) * p.UPartial));
                }
            }

            partials = next;
        }

        return partials
            .Select(row => (row.Pattern, Count: (long)Math.Round(pairs * (row.Match + row.NonMatch))))
            .Where(row => row.Count > 0)
            .ToDictionary(row => row.Pattern, row => row.Count);
    }
}
