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

    /// <summary>Adds counts of observed comparison patterns (by <see cref="ComparisonPattern.Code"/>).</summary>
    Task ObserveAsync(Immutable<Dictionary<int, long>> patternCounts);
}
