using CradleToCareer.Abstractions;
using CradleToCareer.Application.Identity;
using CradleToCareer.Domain.Identity;
using CradleToCareer.Domain.Matching;
using static CradleToCareer.Host.Tests.Grains.MatchWeightsGrainTests;

namespace CradleToCareer.Host.Tests.Grains;

/// <summary>An estimate that hardly moves the weights leaves the queue alone, in a cluster of its own.</summary>
public sealed class WeightsRecheckShiftGrainTests(GrainClusterFixture fixture) : IClassFixture<GrainClusterFixture>
{
    [Fact]
    public async Task An_estimate_that_moves_no_weight_by_half_a_bit_does_not_recheck_the_queue()
    {
        var grain = fixture.Client.GetGrain<IMatchWeightsGrain>(IMatchWeightsGrain.Key);
        await grain.ObserveAsync(EnoughForAnEstimate());
        var (_, candidate) = QueuePossibleMatch(fixture, Pattern(Agreement.Agree));

        await grain.ObserveAsync(EnoughForAnEstimate());

        Assert.Equal(candidate, CanonicalOf(fixture, candidate));
    }

    /// <summary>Two new persons, the first queued as a possible match of the second with the given agreements.</summary>
    internal static (string Person, string Candidate) QueuePossibleMatch(GrainClusterFixture fixture, ComparisonPattern pattern)
    {
        var (person, candidate) = (PersonIds.New(), PersonIds.New());
        var score = FellegiSunter.Score(pattern, MatchWeights.Default);
        var item = new ReviewItem(ReviewItem.NewId(), ReviewKinds.PossibleMatch, person, candidate, score.Total, score.Fields, [], [], DateTimeOffset.UtcNow);
        lock (fixture.Identity.Sync)
        {
            fixture.Identity.Apply(new IngestPlan([], [], [person, candidate], [], [item], [], []));
        }

        return (person, candidate);
    }

    internal static string CanonicalOf(GrainClusterFixture fixture, string personId)
    {
        lock (fixture.Identity.Sync)
        {
            return fixture.Identity.Canonical(personId);
        }
    }
}
