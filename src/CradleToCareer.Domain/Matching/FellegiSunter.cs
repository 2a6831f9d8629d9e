namespace CradleToCareer.Domain.Matching;

/// <summary>Scores comparison patterns under the Fellegi-Sunter model (fields independent given the class).</summary>
public static class FellegiSunter
{
    /// <summary>The sum of every field's weight for its level, with the evidence of every field in field order.</summary>
    public static MatchScore Score(ComparisonPattern pattern, MatchWeights weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        var evidence = new FieldEvidence[MatchFields.Count];
        var total = 0.0;
        for (var index = 0; index < evidence.Length; index++)
        {
            var field = (MatchField)index;
            var agreement = pattern[field];
            var weight = weights.WeightOf(field, agreement);
            evidence[index] = new FieldEvidence(field, agreement, weight);
            total += weight;
        }

        return new MatchScore(total, evidence);
    }
}
