using System.Globalization;
using CradleToCareer.Domain.Matching;

namespace CradleToCareer.Domain.Identity;

/// <summary>
/// Why a pair is in the review queue, in words a steward can act on. Read from the score's field evidence and the
/// thresholds only, not from the rule that queued the pair, so the reasons stay true whichever rule that was.
/// </summary>
public static class ReviewReasons
{
    /// <summary>The score is between the review threshold and the link threshold.</summary>
    public const string BelowLinkThreshold = "below-link-threshold";

    /// <summary>The score reaches the link threshold, but a field held the link back.</summary>
    public const string AboveLinkThreshold = "above-link-threshold";

    /// <summary>
    /// The score reaches the link threshold, but the pair is incomplete (<see cref="MatchThresholds.IsIncomplete"/>) and
    /// below the higher threshold such a pair needs.
    /// </summary>
    public const string BelowIncompleteLinkThreshold = "below-incomplete-link-threshold";

    /// <summary>The score is below the review threshold (a pair is not queued for it alone).</summary>
    public const string BelowReviewThreshold = "below-review-threshold";

    /// <summary>An event carried identifiers already linked to two persons.</summary>
    public const string IdentifierConflict = "identifier-conflict";

    /// <summary>A new record linked two persons, so matching merged them.</summary>
    public const string MatcherMerge = "matcher-merge";

    /// <summary>
    /// The reasons for a possible match: first where the score stands against the thresholds, then each field that
    /// did not agree, in field order: those that disagree, those that only nearly agree, those missing on a record;
    /// last each agreeing name that counted at least <see cref="NameRarity.CommonBits"/> less for being common
    /// (<c>common:firstName</c>, <see cref="NameRarity"/>).
    /// A nearly equal birth date that no street address, postal code or SSN backs is <c>unconfirmed:birthDate</c>:
    /// namesakes born days apart look just like it.
    /// </summary>
    public static IReadOnlyList<ReviewReason> ForPossibleMatch(MatchScore score, MatchThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(score);
        ArgumentNullException.ThrowIfNull(thresholds);
        var reasons = new List<ReviewReason> { OfTotal(score, thresholds) };
        foreach (var level in new[] { Agreement.Disagree, Agreement.Partial, Agreement.Missing })
        {
            reasons.AddRange(score.Fields.Where(e => e.Agreement == level).Select(e => OfField(e.Field, level, score)));
        }

        reasons.AddRange(score.Fields.Where(e => e.Agreement == Agreement.Agree && e.FrequencyBits <= -NameRarity.CommonBits).Select(OfCommonName));
        return reasons;
    }

    /// <summary>The reason for an identifier conflict: the systems of the rejected event's identifiers, never their values.</summary>
    public static IReadOnlyList<ReviewReason> ForIdentifierConflict(IReadOnlyList<string> identifierSystems)
    {
        ArgumentNullException.ThrowIfNull(identifierSystems);
        var identifiers = identifierSystems.Count == 0 ? "identifiers" : $"identifiers ({string.Join(", ", identifierSystems)})";
        return [new ReviewReason(IdentifierConflict, $"an event's {identifiers} already belong to two different persons; it was rejected")];
    }

    /// <summary>The reason for a matcher's merge: what it did, and how a steward takes it back.</summary>
    public static IReadOnlyList<ReviewReason> ForMatcherMerge(string mergeId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(mergeId);
        return [new ReviewReason(
            MatcherMerge,
            $"a new record links both persons with every name and the birth date present, so matching merged them as merge {mergeId}; dismiss this item to confirm, or undo with POST /v1/identity/merges/{mergeId}/undo")];
    }

    /// <summary>
    /// The reason for a matcher's merge of a queued pair that re-estimated weights link: the new score, the threshold it
    /// reaches, the merge, and how a steward takes it back.
    /// </summary>
    public static IReadOnlyList<ReviewReason> ForRescoredMerge(string mergeId, MatchScore score, MatchThresholds thresholds)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(mergeId);
        ArgumentNullException.ThrowIfNull(score);
        ArgumentNullException.ThrowIfNull(thresholds);
        return [new ReviewReason(
            MatcherMerge,
            $"the weights were re-estimated and the pair's score, {Bits(score.Total)} bits, reaches the link threshold {Bits(thresholds.LinkThresholdFor(score))}, so matching merged them as merge {mergeId}; dismiss this item to confirm, or undo with POST /v1/identity/merges/{mergeId}/undo")];
    }

    /// <summary>
    /// Why the matcher closed a queued pair: under re-estimated weights its score (less <see cref="MatchThresholds.GuardPenalty"/>
    /// when a field holds the link back) is below the review threshold; then each field as for a possible match.
    /// </summary>
    public static IReadOnlyList<ReviewReason> ForRescoredClose(MatchScore score, MatchThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(score);
        ArgumentNullException.ThrowIfNull(thresholds);
        var penalty = score.Total >= thresholds.Lower
            ? $", less the {Bits(MatchThresholds.GuardPenalty)} a field holding the link back costs,"
            : "";
        var closed = new ReviewReason(
            BelowReviewThreshold,
            $"the weights were re-estimated: score {Bits(score.Total)} bits{penalty} is below the review threshold {Bits(thresholds.Lower)}, so matching closed the item");
        return [closed, .. ForPossibleMatch(score, thresholds).Skip(1)];
    }

    private static ReviewReason OfTotal(MatchScore pair, MatchThresholds thresholds)
    {
        var total = pair.Total;
        var (score, upper, lower) = (Bits(total), Bits(thresholds.Upper), Bits(thresholds.Lower));
        if (total >= thresholds.LinkThresholdFor(pair))
        {
            return new(AboveLinkThreshold, $"score {score} bits reaches the link threshold {Bits(thresholds.LinkThresholdFor(pair))}, but the evidence below holds the link back");
        }

        if (total >= thresholds.Upper)
        {
            return new(
                BelowIncompleteLinkThreshold,
                $"score {score} bits reaches the link threshold {upper}, but a first name, last name or birth date is missing and no SSN agrees, so a link needs {Bits(thresholds.IncompleteUpper)}");
        }

        return total >= thresholds.Lower
            ? new(BelowLinkThreshold, $"score {score} bits is between the review threshold {lower} and the link threshold {upper}")
            : new(BelowReviewThreshold, $"score {score} bits is below the review threshold {lower}");
    }

    private static ReviewReason OfField(MatchField field, Agreement level, MatchScore score)
    {
        var words = ReviewFieldWords.Of(field);
        return level switch
        {
            Agreement.Disagree => new($"conflict:{words.Code}", words.Conflict),
            Agreement.Partial when field == MatchField.BirthDate && !MatchThresholds.BacksNearBirthDate(score) => new(
                $"unconfirmed:{words.Code}", "only a nearly equal birth date, with no street address, postal code or SSN agreeing"),
            Agreement.Partial => new($"partial:{words.Code}", words.Partial),
            _ => new($"missing:{words.Code}", $"{words.Name} missing on one record or both"),
        };
    }

    private static ReviewReason OfCommonName(FieldEvidence evidence)
    {
        var words = ReviewFieldWords.Of(evidence.Field);
        return new(
            $"common:{words.Code}",
            $"{words.Name}s agree, but the name is a common one: it counts {Bits(-evidence.FrequencyBits)} bits less than an average {words.Name}, as strangers share it more often");
    }

    /// <summary>Bits as the reasons write them: up to two decimals, invariant culture.</summary>
    internal static string Bits(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
