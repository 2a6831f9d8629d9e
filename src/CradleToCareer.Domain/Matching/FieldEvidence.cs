namespace CradleToCareer.Domain.Matching;

/// <summary>What one field contributed to a <see cref="MatchScore"/>: its level and its weight in bits.</summary>
public sealed record FieldEvidence(MatchField Field, Agreement Agreement, double Weight);
