using CradleToCareer.Abstractions;
using CradleToCareer.Domain.Matching;
using Orleans.Concurrency;
using static CradleToCareer.Host.Tests.Grains.MatchWeightsGrainTests;
using static CradleToCareer.Host.Tests.Grains.WeightsRecheckShiftGrainTests;

namespace CradleToCareer.Host.Tests.Grains;

/// <summary>The weights grain re-checks the open possible matches once it adopts an estimate, in a cluster of its own.</summary>
public sealed class WeightsRecheckGrainTests(GrainClusterFixture fixture) : IClassFixture<GrainClusterFixture>
{
    [Fact]
    public async Task Once_an_estimate_is_adopted_the_open_possible_matches_are_rechecked_under_it_again_after_a_failure()
    {
        var grain = fixture.Client.GetGrain<IMatchWeightsGrain>(IMatchWeightsGrain.Key);
        var (person, candidate) = QueuePossibleMatch(fixture, Pattern(Agreement.Agree));
        fixture.Rechecks.FailuresLeft = 1;

        await grain.ObserveAsync(EnoughForAnEstimate());
        var afterFailure = CanonicalOf(fixture, candidate);
        await grain.ObserveAsync(new ObservedPatterns(new() { [Pattern(Agreement.Agree).Code] = 1 }, []).AsImmutable());

        Assert.Equal(candidate, afterFailure);
        Assert.Equal(person, CanonicalOf(fixture, candidate));
    }
}
