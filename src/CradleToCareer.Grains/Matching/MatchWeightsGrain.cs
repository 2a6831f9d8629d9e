using CradleToCareer.Abstractions;
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
public sealed class MatchWeightsGrain(
    MatchingSettings settings,
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
        _current = adopted;
        logger.Log(
            ExpectationMaximization.IsPlausible(estimate) ? LogLevel.Information : LogLevel.Warning,
            "Match weights re-estimated over {Pairs} candidate pairs in {Iterations} EM iterations; match proportion {Proportion:F4}; fields whose m stayed at the prior: {Kept}",
            state.State.PairsAtLastEstimate, estimate.Iterations, estimate.MatchProportion,
            string.Join(",", adopted.Fields.Where(f => f.Value.MAgree == MatchWeights.Default.Fields[f.Key].MAgree).Select(f => f.Key)));
    }
}
