using System.Text.Json;
using CradleToCareer.Abstractions;
using CradleToCareer.Domain.Matching;
using Microsoft.Extensions.Logging;
using Orleans.Concurrency;

namespace CradleToCareer.Grains.Matching;

/// <summary>
/// Holds the weights matching uses. Pinned weights from configuration win; otherwise every
/// <see cref="MatchingSettings.EstimateEveryPairs"/> newly observed candidate pairs EM re-estimates
/// m and u from all pairs observed so far, and a plausible estimate replaces the current weights.
/// </summary>
public sealed class MatchWeightsGrain(
    MatchingSettings settings,
    ILogger<MatchWeightsGrain> logger,
    [PersistentState("match-weights")] IPersistentState<MatchWeightsState> state)
    : Grain, IMatchWeightsGrain
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private MatchWeights? _current;

    private long ObservedPairs => state.State.PatternCounts.Values.Sum();

    public Task<MatchWeights> GetAsync() =>
        Task.FromResult(_current ??= settings.PinnedWeights
            ?? (state.State.EstimateJson is { } json ? JsonSerializer.Deserialize<MatchWeights>(json, Json) : null)
            ?? MatchWeights.Default);

    public async Task ObserveAsync(Immutable<Dictionary<int, long>> patternCounts)
    {
        foreach (var (code, count) in patternCounts.Value)
        {
            state.State.PatternCounts[code] = state.State.PatternCounts.GetValueOrDefault(code) + count;
        }

        if (settings.PinnedWeights is null && ObservedPairs - state.State.PairsAtLastEstimate >= settings.EstimateEveryPairs)
        {
            Estimate();
            await state.WriteStateAsync();
        }
    }

    private void Estimate()
    {
        var counts = state.State.PatternCounts.ToDictionary(p => new ComparisonPattern(p.Key), p => p.Value);
        var estimate = ExpectationMaximization.Estimate(counts, MatchWeights.Default);
        state.State.PairsAtLastEstimate = ObservedPairs;
        if (!ExpectationMaximization.IsPlausible(estimate))
        {
            logger.LogWarning(
                "EM estimate over {Pairs} candidate pairs was not plausible (converged: {Converged}); keeping the current weights",
                state.State.PairsAtLastEstimate, estimate.Converged);
            return;
        }

        state.State.EstimateJson = JsonSerializer.Serialize(estimate.Weights, Json);
        _current = estimate.Weights;
        logger.LogInformation(
            "Match weights re-estimated by EM over {Pairs} candidate pairs in {Iterations} iterations; match proportion {Proportion:F4}",
            state.State.PairsAtLastEstimate, estimate.Iterations, estimate.MatchProportion);
    }
}
