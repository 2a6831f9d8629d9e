using CradleToCareer.Domain.Matching;
using CradleToCareer.Host.Hosting;
using Microsoft.Extensions.Configuration;

namespace CradleToCareer.Host.Tests.Hosting;

/// <summary>Reading <c>C2C:Identity:*</c>: thresholds, pinned weights and what is refused.</summary>
public sealed class MatchingConfigurationTests
{
    [Fact]
    public void Nothing_configured_gives_the_defaults_and_leaves_the_weights_to_estimation()
    {
        var settings = MatchingConfiguration.Read(Configuration());

        Assert.Equal(MatchThresholds.Default, settings.Thresholds);
        Assert.Null(settings.PinnedWeights);
        Assert.True(MatchingConfiguration.Enabled(Configuration()));
    }

    [Fact]
    public void A_pinned_field_pins_every_field_and_keeps_the_defaults_of_the_others()
    {
        var settings = MatchingConfiguration.Read(Configuration(
            ("C2C:Identity:Weights:City", "0.7 0 0.3 0.2 0 0.8"),
            ("C2C:Identity:Thresholds:Upper", "14"),
            ("C2C:Identity:Matching:Enabled", "false")));

        Assert.Equal(new FieldProbabilities(0.7, 0, 0.3, 0.2, 0, 0.8), settings.PinnedWeights!.Fields[MatchField.City]);
        Assert.Equal(MatchWeights.Default.Fields[MatchField.LastName], settings.PinnedWeights.Fields[MatchField.LastName]);
        Assert.Equal(14, settings.Thresholds.Upper);
    }

    [Theory]
    [InlineData("C2C:Identity:Weights:Town", "0.7 0 0.3 0.2 0 0.8", "names no match field")]
    [InlineData("C2C:Identity:Weights:City", "0.7 0.3", "six probabilities")]
    [InlineData("C2C:Identity:Weights:City", "0.7 0.1 0.2 0.2 0 0.8", "both zero or both positive")]
    [InlineData("C2C:Identity:Thresholds:Lower", "20", "must not be above")]
    public void A_setting_that_cannot_work_is_refused_at_start_with_what_is_wrong(string key, string value, string saying)
    {
        var error = Assert.Throws<InvalidOperationException>(() => MatchingConfiguration.Read(Configuration((key, value))));

        Assert.Contains(saying, error.Message);
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();
}
