using CradleToCareer.Abstractions;
using CradleToCareer.Domain.Identity;
using CradleToCareer.Domain.Matching;
using CradleToCareer.Application.Identity;
using Microsoft.Extensions.Logging;
using Orleans.Concurrency;

namespace CradleToCareer.Grains.Matching;

/// <summary>
/// Holds the weights matching uses. Pinned weights from configuration win; otherwise every
/// <see cref="MatchingSettings.EstimateEveryPairs"/> newly observed candidate pairs the weights are
/// re-estimated from all pairs observed so far (u from random record pairs, m and the match proportion
/// by EM over the candidate pairs), and a plausible estimate replaces the current weights.
/// </summary>
/// <remarks>
/// Once an estimate is adopted that moved some weight enough since the last re-check (<see cref="ReviewRecheck.IsWorthwhile"/>),
/// the open possible matches queued under the old weights are re-checked under the new (<see cref="RecheckReviews"/>):
/// merged, closed or kept. The estimate is persisted with <see cref="MatchWeightsState.RecheckPending"/>
/// set, and the flag is cleared only when a re-check has completed, so one lost to a failure or to a silo going down runs
/// again after the next observed batch. It runs in the turn of <see cref="ObserveAsync"/>, which ingest never awaits;
/// it waits for the ingest lock, which ingest can release because <see cref="GetAsync"/> interleaves.
/// </remarks>
public sealed class MatchWeightsGrain(
    MatchingSettings settings,
    RecheckReviews recheck,
    ILogger<MatchWeightsGrain> logger,
    [PersistentState("match-weights")] IPersistentState<MatchWeightsState> state)
    : Grain, IMatchWeightsGrain
{
    /// <summary>Fewer random pairs than this give u estimates too rough to use.</summary>
    private const long MinimumRandomPairs = 2_000;

    private MatchWeights? _current;

    private static Dictionary<ComparisonPattern, long> ByPattern(Dictionary<int, long> counts) =>
        counts.ToDictionary(p => new ComparisonPattern(p.Key), p => p.Value);

    private long ObservedPairs => state.State.PatternCounts.Values.Sum();

    public Task<MatchWeights> GetAsync() =>
        Task.FromResult(_current ??= settings.PinnedWeights
            ?? (state.State.EstimateJson is { } json ? IdentityJson.ReadWeights(json) : null)
            ?? MatchWeights.Default);

    public async Task ObserveAsync(Immutable<ObservedPatterns> observed)
    {
        Add(state.State.PatternCounts, observed.Value.CandidatePairs);
        Add(state.State.RandomPatternCounts, observed.Value.RandomPairs);
        if (settings.PinnedWeights is null
            && ObservedPairs - state.State.PairsAtLastEstimate >= settings.EstimateEveryPairs
            && state.State.RandomPatternCounts.Values.Sum() >= MinimumRandomPairs)
        {
            Estimate();
            await state.WriteStateAsync();
        }

        if (state.State.RecheckPending)
        {
            await RecheckAsync();
        }
    }

    /// <summary>Re-checks the open possible matches under the current weights; idempotent, so a failure only leaves it pending.</summary>
    private async Task RecheckAsync()
    {
        try
        {
            var weights = await GetAsync();
            await recheck.RunAsync(weights, settings.Thresholds, CancellationToken.None);
            state.State.RecheckPending = false;
            state.State.RecheckedUnderJson = IdentityJson.Write(weights);
            await state.WriteStateAsync();
        }
        catch (Exception exception)
        {
            logger.LogWarning(exception, "Re-checking the open possible matches under the re-estimated weights failed; it runs again after the next observed batch");
        }
    }

    private static void Add(Dictionary<int, long> totals, Dictionary<int, long> more)
    {
        foreach (var (code, count) in more)
        {
            totals[code] = totals.GetValueOrDefault(code) + count;
        }
    }

    private void Estimate()
    {
        var estimate = ExpectationMaximization.EstimateWithRandomPairs(
            ByPattern(state.State.PatternCounts), ByPattern(state.State.RandomPatternCounts), MatchWeights.Default);
        state.State.PairsAtLastEstimate = ObservedPairs;
        if (ExpectationMaximization.Adopt(estimate, MatchWeights.Default) is not { } adopted)
        {
            logger.LogWarning(
                "EM over {Pairs} candidate pairs found no match class (proportion {Proportion:F4}); keeping the current weights",
                state.State.PairsAtLastEstimate, estimate.MatchProportion);
            return;
        }

        state.State.EstimateJson = IdentityJson.Write(adopted);
        var checkedUnder = state.State.RecheckedUnderJson is { } json ? IdentityJson.ReadWeights(json) : MatchWeights.Default;
        state.State.RecheckPending |= ReviewRecheck.IsWorthwhile(checkedUnder, adopted);
        _current = adopted;
        logger.Log(
            ExpectationMaximization.IsPlausible(estimate) ? LogLevel.Information : LogLevel.Warning,
            "Match weights re-estimated over {Pairs} candidate pairs in {Iterations} EM iterations; match proportion {Proportion:F4}; fields whose m stayed at the prior: {Kept}",
            state.State.PairsAtLastEstimate, estimate.Iterations, estimate.MatchProportion,
            string.Join(",", adopted.Fields.Where(f => f.Value.MAgree == MatchWeights.Default.Fields[f.Key].MAgree).Select(f => f.Key)));
    }
}
