using CradleToCareer.Domain.Matching;

namespace CradleToCareer.Domain.Identity;

/// <summary>What re-scoring an open possible match decides.</summary>
/// <param name="Outcome">
/// <see cref="MatchClass.Link"/>: merge the two persons; <see cref="MatchClass.Review"/>: the item stays in the queue;
/// <see cref="MatchClass.NonMatch"/>: the item leaves it.
/// </param>
/// <param name="Score">The pair's score under the new weights, with every field's evidence in field order.</param>
public sealed record ReviewRescore(MatchClass Outcome, MatchScore Score);

/// <summary>
/// Re-decides an open possible match under new weights and thresholds. The item keeps each field's agreement and the
/// names' frequency adjustments, which is all the score and the guards read, so the pair is scored as matching would
/// score it now, without its records.
/// </summary>
public static class ReviewRescoring
{
    /// <summary>
    /// <see cref="MatchClass.Link"/> only when the new score may merge two persons (<see cref="MatchThresholds.Bridges"/>:
    /// it links, with first name, last name and birth date present or the same SSN), as for the matcher's other merges; a pair that links
    /// without them stays in review. <see cref="MatchClass.NonMatch"/> when it no longer reaches the review threshold.
    /// Null for an item that is not a possible match or whose evidence cannot be read back as agreements: it is left as it is.
    /// </summary>
    public static ReviewRescore? Rescore(ReviewItem item, MatchWeights weights, MatchThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(thresholds);
        if (item.Kind != ReviewKinds.PossibleMatch || PatternOf(item.Evidence) is not { } pattern)
        {
            return null;
        }

        var score = FellegiSunter.Score(pattern, weights, RarityOf(item.Evidence));
        var outcome = thresholds.Classify(score) switch
        {
            MatchClass.Link when thresholds.Bridges(score) => MatchClass.Link,
            MatchClass.NonMatch => MatchClass.NonMatch,
            _ => MatchClass.Review,
        };
        return new ReviewRescore(outcome, score);
    }

    /// <summary>The names' frequency adjustments the pair was scored with; they stay with it when the weights change.</summary>
    private static NameRarity RarityOf(IReadOnlyList<FieldEvidence> evidence) => new(
        evidence.FirstOrDefault(e => e.Field == MatchField.FirstName)?.FrequencyBits ?? 0,
        evidence.FirstOrDefault(e => e.Field == MatchField.LastName)?.FrequencyBits ?? 0);

    /// <summary>
    /// The evidence's agreements as a pattern, a field it does not name as missing; null when there is no evidence or
    /// it names a field twice or one matching does not know.
    /// </summary>
    public static ComparisonPattern? PatternOf(IReadOnlyList<FieldEvidence> evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        if (evidence.Count == 0 || evidence.DistinctBy(e => e.Field).Count() != evidence.Count)
        {
            return null;
        }

        var pattern = default(ComparisonPattern);
        foreach (var field in evidence)
        {
            if (!MatchFields.IsDefined(field.Field) || field.Agreement > Agreement.Agree)
            {
                return null;
            }

            pattern = pattern.With(field.Field, field.Agreement);
        }

        return pattern;
    }
}
