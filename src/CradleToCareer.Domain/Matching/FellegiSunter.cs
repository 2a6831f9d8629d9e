namespace CradleToCareer.Domain.Matching;

/// <summary>Scores comparison patterns under the Fellegi-Sunter model (fields independent given the class).</summary>
public static class FellegiSunter
{
    /// <summary>
    /// The sum of every field's weight for its level, with the evidence of every field in field order; an agreeing
    /// name also gains or loses what <paramref name="rarity"/> says its frequency is worth.
    /// </summary>
    public static MatchScore Score(ComparisonPattern pattern, MatchWeights weights, NameRarity rarity = default)
    {
        ArgumentNullException.ThrowIfNull(weights);
        var evidence = new FieldEvidence[MatchFields.Count];
        var total = 0.0;
        for (var index = 0; index < evidence.Length; index++)
        {
            var field = (MatchField)index;
            var agreement = pattern[field];
            var frequencyBits = rarity.BitsFor(field, agreement);
            var weight = weights.WeightOf(field, agreement) + frequencyBits;
            evidence[index] = new FieldEvidence(field, agreement, weight, frequencyBits);
            total += weight;
        }

        return new MatchScore(total, evidence);
    }

    /// <summary>Whether <paramref name="rarity"/> changes the score of <paramref name="pattern"/>: it agrees on a name the adjustment is not 0 for.</summary>
    public static bool IsAdjusted(ComparisonPattern pattern, NameRarity rarity) =>
        rarity.BitsFor(MatchField.FirstName, pattern[MatchField.FirstName]) != 0
        || rarity.BitsFor(MatchField.LastName, pattern[MatchField.LastName]) != 0;
}
