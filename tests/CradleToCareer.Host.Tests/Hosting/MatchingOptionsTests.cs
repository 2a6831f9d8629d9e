using CradleToCareer.Host.Hosting.Settings;
using CradleToCareer.Domain.Matching;
using CradleToCareer.Host.Tests.Infrastructure;

namespace CradleToCareer.Host.Tests.Hosting;

/// <summary>Binding <c>C2C:Identity:*</c>: thresholds, pinned weights and what is refused.</summary>
public sealed class MatchingOptionsTests
{
    [Fact]
    public void Nothing_configured_gives_the_defaults_and_leaves_the_weights_to_estimation()
    {
        var options = Bind();
        var settings = options.ToSettings();

        Assert.Equal(MatchThresholds.Default, settings.Thresholds);
        Assert.Null(settings.PinnedWeights);
        Assert.Equal(20_000, settings.EstimateEveryPairs);
        Assert.True(options.Matching.Enabled);
        Assert.Empty(options.Problems());
    }

    [Fact]
    public void A_pinned_field_pins_every_field_and_keeps_the_defaults_of_the_others()
    {
        var options = Bind(
            ("C2C:Identity:Weights:City", "0.7 0 0.3 0.2 0 0.8"),
            ("C2C:Identity:Thresholds:Upper", "14"),
            ("C2C:Identity:Matching:Enabled", "false"));
        var settings = options.ToSettings();

        Assert.Equal(new FieldProbabilities(0.7, 0, 0.3, 0.2, 0, 0.8), settings.PinnedWeights!.Fields[MatchField.City]);
        Assert.Equal(MatchWeights.Default.Fields[MatchField.LastName], settings.PinnedWeights.Fields[MatchField.LastName]);
        Assert.Equal(14, settings.Thresholds.Upper);
        Assert.False(options.Matching.Enabled);
    }

    [Theory]
    [InlineData("C2C:Identity:Weights:Town", "0.7 0 0.3 0.2 0 0.8", "C2C:Identity:Weights:Town names no match field")]
    [InlineData("C2C:Identity:Weights:City", "0.7 0.3", "C2C:Identity:Weights:City must be six probabilities")]
    [InlineData("C2C:Identity:Weights:City", "0.7 0.1 0.2 0.2 0 0.8", "both zero or both positive")]
    [InlineData("C2C:Identity:Thresholds:Lower", "20", "C2C:Identity:Thresholds:Lower must not be above C2C:Identity:Thresholds:Upper")]
    [InlineData("C2C:Identity:Thresholds:IncompleteUpper", "11", "C2C:Identity:Thresholds:IncompleteUpper must not be below C2C:Identity:Thresholds:Upper")]
    [InlineData("C2C:Identity:EstimateEveryPairs", "0", "C2C:Identity:EstimateEveryPairs must be a number of candidate pairs of at least 1")]
    public void A_setting_that_cannot_work_is_refused_with_what_is_wrong(string key, string value, string saying)
    {
        var options = Bind((key, value));

        Assert.Contains(options.Problems(), problem => problem.Contains(saying, StringComparison.Ordinal));
        Assert.Throws<InvalidOperationException>(options.ToSettings);
    }

    [Fact]
    public void Every_problem_is_listed_at_once()
    {
        var result = new MatchingOptionsValidator().Validate(null, Bind(
            ("C2C:Identity:Weights:Town", "0.7 0 0.3 0.2 0 0.8"),
            ("C2C:Identity:Weights:City", "0.7"),
            ("C2C:Identity:Thresholds:Lower", "20")));

        Assert.True(result.Failed);
        Assert.Equal(3, result.Failures!.Count());
    }

    private static MatchingOptions Bind(params (string Key, string Value)[] values) =>
        BoundOptions.From<MatchingOptions>(MatchingOptions.Section, values);
}
