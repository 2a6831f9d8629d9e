using CradleToCareer.Abstractions;
using CradleToCareer.Domain.Matching;
using Orleans.Concurrency;

namespace CradleToCareer.Host.Tests.Grains;

/// <summary>The weights grain: the defaults until enough pairs are seen, then the estimate.</summary>
public sealed class MatchWeightsGrainTests(GrainClusterFixture fixture) : IClassFixture<GrainClusterFixture>
{
    [Fact]
    public async Task The_weights_are_the_defaults_until_enough_pairs_are_seen_then_the_estimate_from_them()
    {
        var grain = fixture.Client.GetGrain<IMatchWeightsGrain>(IMatchWeightsGrain.Key);
        var before = await grain.GetAsync();

        await grain.ObserveAsync(EnoughForAnEstimate());
        var after = await grain.GetAsync();

        Assert.Equal(MatchWeights.Default.Fields[MatchField.City].UAgree, before.Fields[MatchField.City].UAgree);
        Assert.Equal(0.5, after.Fields[MatchField.City].UAgree, 0.01);
    }

    /// <summary>
    /// Enough pairs for an estimate: random pairs disagree on the city one time in two, so u(city agree) must come out
    /// near 0.5, not the default 0.05.
    /// </summary>
    internal static Immutable<ObservedPatterns> EnoughForAnEstimate()
    {
        var cityAgrees = Pattern(Agreement.Disagree).With(MatchField.City, Agreement.Agree);
        var random = new Dictionary<int, long> { [Pattern(Agreement.Disagree).Code] = 1_500, [cityAgrees.Code] = 1_500 };
        var candidates = new Dictionary<int, long>
        {
            [Pattern(Agreement.Agree).Code] = 1_000,
            [cityAgrees.Code] = GrainClusterFixture.WeightsEstimatedEveryPairs,
        };
        return new ObservedPatterns(candidates, random).AsImmutable();
    }

    internal static ComparisonPattern Pattern(Agreement every) =>
        Enum.GetValues<MatchField>().Aggregate(default(ComparisonPattern), (pattern, field) => pattern.With(field, every));
}
