using CradleToCareer.Domain.Matching;
using Orleans.Concurrency;

namespace CradleToCareer.Abstractions;

/// <summary>
/// The cluster's one set of Fellegi-Sunter weights (key <see cref="Key"/>): pinned in configuration,
/// or estimated by EM from the comparison patterns that matching observes.
/// </summary>
public interface IMatchWeightsGrain : IGrainWithStringKey
{
    public const string Key = "default";

    [AlwaysInterleave]
    Task<MatchWeights> GetAsync();

    /// <summary>Adds counts of observed comparison patterns.</summary>
    Task ObserveAsync(Immutable<ObservedPatterns> observed);
}

/// <summary>
/// Comparison patterns seen by one matching round, counted by <see cref="ComparisonPattern.Code"/>:
/// candidate pairs (sharing a blocking key) and random pairs of the round's own records.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ObservedPatterns(
    [property: Id(0)] Dictionary<int, long> CandidatePairs,
    [property: Id(1)] Dictionary<int, long> RandomPairs);
