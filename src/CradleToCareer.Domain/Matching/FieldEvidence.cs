namespace CradleToCareer.Domain.Matching;

/// <summary>What one field contributed to a <see cref="MatchScore"/>: its level and its weight in bits.</summary>
/// <param name="Weight">The field's weight at its level, with <paramref name="FrequencyBits"/> included.</param>
/// <param name="FrequencyBits">
/// The part of <paramref name="Weight"/> that the name's own frequency adds or takes away (<see cref="NameRarity"/>);
/// 0 for every other field and level.
/// </param>
public sealed record FieldEvidence(MatchField Field, Agreement Agreement, double Weight, double FrequencyBits = 0);
