using CradleToCareer.Domain.Matching;

namespace CradleToCareer.Grains.Matching;

/// <summary>How probabilistic matching runs (<c>C2C:Identity:*</c>).</summary>
/// <param name="Thresholds">Link at or above Upper; review between Lower and Upper.</param>
/// <param name="PinnedWeights">Weights fixed in configuration; when set, EM never replaces them.</param>
/// <param name="EstimateEveryPairs">EM re-estimates the weights after this many newly observed candidate pairs.</param>
public sealed record MatchingSettings(MatchThresholds Thresholds, MatchWeights? PinnedWeights, int EstimateEveryPairs)
{
    public static MatchingSettings Default { get; } = new(MatchThresholds.Default, null, 20_000);
}
