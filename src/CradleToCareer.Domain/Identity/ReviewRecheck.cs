using CradleToCareer.Domain.Matching;

namespace CradleToCareer.Domain.Identity;

/// <summary>What one re-check of open possible matches writes.</summary>
/// <param name="Merges">The matcher's merges of pairs that now link, journaled under <see cref="MatcherActor.ClientId"/>.</param>
/// <param name="MergeItems">
/// A <see cref="ReviewKinds.MatcherMerge"/> item per merge, naming survivor and merged person; it takes over the queued
/// item of the same pair, as a matcher's merge at ingest does.
/// </param>
/// <param name="Closed">Items that no longer reach the review threshold, with their new score and reasons: closed by the matcher.</param>
/// <param name="Rescored">Items that stay in the queue and whose score, evidence or reasons changed: updated.</param>
/// <param name="Kept">How many items stay in the queue (changed or not).</param>
public sealed record ReviewRecheckPlan(
    IReadOnlyList<MergeRequest> Merges,
    IReadOnlyList<ReviewItem> MergeItems,
    IReadOnlyList<ReviewItem> Closed,
    IReadOnlyList<ReviewItem> Rescored,
    int Kept);

/// <summary>
/// Revisits open possible matches once the weights are re-estimated (<see cref="ReviewRescoring"/>): a pair that now links
/// is merged as the matcher, unless a steward kept the two apart; one below the review threshold leaves the queue, closed
/// by the matcher (which is not a steward's "not the same person": a later record may still link them); the rest stay,
/// with score, evidence and reasons as the new weights read them. Pure, like <see cref="IngestPlanner"/>: the stores read
/// the open items and what a person id stands for now, call <see cref="Plan"/> under the ingest lock, and write its plan.
/// Running it again with the same weights changes nothing.
/// </summary>
public sealed record ReviewRecheck(MatchWeights Weights, MatchThresholds Thresholds, DateTimeOffset Now)
{
    /// <summary>
    /// How far, in bits, some level's weight must have moved since the last re-check for another to be worth its cost:
    /// each re-check reads the whole queue under the ingest lock. Estimates settle as pairs accumulate: on the generator's
    /// 10,000 + 10,000 records only the first of six re-checks changed anything, and at 100,000 + 100,000 the
    /// observations queued behind a re-check after each of 86 estimates timed out 149 times.
    /// </summary>
    public const double ShiftWorthARecheck = 0.5;

    /// <summary>
    /// Whether the queue, last re-checked under <paramref name="checkedUnder"/> (the defaults before any re-check), should
    /// be re-checked under <paramref name="adopted"/>: some level's weight moved by <see cref="ShiftWorthARecheck"/> or more.
    /// </summary>
    public static bool IsWorthwhile(MatchWeights checkedUnder, MatchWeights adopted)
    {
        ArgumentNullException.ThrowIfNull(adopted);
        return adopted.LargestShiftFrom(checkedUnder) >= ShiftWorthARecheck;
    }

    /// <param name="open">Open items; any other than possible matches are left alone.</param>
    /// <param name="identity">Survivors of the items' persons and the pairs among them a steward kept apart.</param>
    public ReviewRecheckPlan Plan(IReadOnlyList<ReviewItem> open, IdentityLookup identity)
    {
        ArgumentNullException.ThrowIfNull(open);
        var merges = new MatcherMerges(identity);
        var mergeItems = new List<ReviewItem>();
        var closed = new List<ReviewItem>();
        var rescored = new List<ReviewItem>();
        var kept = 0;
        foreach (var item in open.Where(item => item.Kind == ReviewKinds.PossibleMatch))
        {
            if (merges.CanonicalOf(item.PersonId) == merges.CanonicalOf(item.CandidateId))
            {
                continue;
            }

            var rescore = ReviewRescoring.Rescore(item, Weights, Thresholds);
            if (rescore is { Outcome: MatchClass.Link, Score: var linked } && Merge(merges, item, linked) is { } mergeItem)
            {
                mergeItems.Add(mergeItem);
            }
            else if (rescore is { Outcome: MatchClass.NonMatch, Score: var below })
            {
                closed.Add(item with { Score = below.Total, Evidence = below.Fields, Reasons = ReviewReasons.ForRescoredClose(below, Thresholds) });
            }
            else
            {
                kept++;
                if (rescore is { Score: var score } && Updated(item, score) is { } updated)
                {
                    rescored.Add(updated);
                }
            }
        }

        return new ReviewRecheckPlan(merges.Merges, mergeItems, closed, rescored, kept);
    }

    /// <summary>
    /// Merges the candidate's person into the item's person, so the merge's item is of the item's own pair and takes it
    /// over; null when a steward kept them apart.
    /// </summary>
    private ReviewItem? Merge(MatcherMerges merges, ReviewItem item, MatchScore score)
    {
        var reason = $"weights re-estimated: score {ReviewReasons.Bits(score.Total)} bits reaches the link threshold {ReviewReasons.Bits(Thresholds.LinkThresholdFor(score))}";
        return merges.Merge(item.PersonId, item.CandidateId, reason, Now) is { } request
            ? new ReviewItem(
                ReviewItem.NewId(), ReviewKinds.MatcherMerge, request.SurvivorId, request.MergedId, score.Total, score.Fields,
                ReviewReasons.ForRescoredMerge(request.MergeId, score, Thresholds), [], Now)
            : null;
    }

    /// <summary>The item as the new weights read it, or null when nothing about it changed.</summary>
    private ReviewItem? Updated(ReviewItem item, MatchScore score)
    {
        var reasons = ReviewReasons.ForPossibleMatch(score, Thresholds);
        return item.Score == score.Total && item.Evidence.SequenceEqual(score.Fields) && item.Reasons.SequenceEqual(reasons)
            ? null
            : item with { Score = score.Total, Evidence = score.Fields, Reasons = reasons };
    }
}
