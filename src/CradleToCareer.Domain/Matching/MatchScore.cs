namespace CradleToCareer.Domain.Matching;

/// <summary>
/// The Fellegi-Sunter match weight of a pair: <see cref="Total"/> is log2 of the likelihood ratio
/// (same person versus different people), the sum of the field weights in <see cref="Fields"/>.
/// </summary>
public sealed record MatchScore(double Total, IReadOnlyList<FieldEvidence> Fields);
