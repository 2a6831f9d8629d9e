using CradleToCareer.Domain.Identity;
using CradleToCareer.Domain.Matching;
using static CradleToCareer.Domain.Tests.Identity.ReviewRescoringTests;

namespace CradleToCareer.Domain.Tests.Identity;

/// <summary>Open possible matches revisited once the weights are re-estimated: merged, closed or kept.</summary>
public sealed class ReviewRecheckTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 18, 0, 0, TimeSpan.Zero);
    private static readonly ReviewRecheck Recheck = new(TyposCommoner, MatchThresholds.Default, Now);
    private static readonly (MatchField, Agreement)[] FirstNameAndNearBirthDate =
        [(MatchField.FirstName, Agreement.Agree), (MatchField.BirthDate, Agreement.Partial)];

    [Fact]
    public void A_pair_that_now_links_is_merged_as_the_matcher_and_its_item_becomes_the_merges()
    {
        var plan = Recheck.Plan([Item("p_new", "p_old", SimilarNamesSameBirthDate)], Lookup());

        var merge = Assert.Single(plan.Merges);
        Assert.Equal(("p_new", "p_old", MatcherActor.ClientId, Now), (merge.SurvivorId, merge.MergedId, merge.StewardClientId, merge.At));
        Assert.Equal("weights re-estimated: score 13.72 bits reaches the link threshold 12", merge.Reason);
        var item = Assert.Single(plan.MergeItems);
        Assert.Equal((ReviewKinds.MatcherMerge, "p_new", "p_old", 13.72), (item.Kind, item.PersonId, item.CandidateId, Math.Round(item.Score!.Value, 2)));
        var reason = Assert.Single(item.Reasons);
        Assert.Equal(ReviewReasons.MatcherMerge, reason.Code);
        Assert.Contains($"POST /v1/identity/merges/{merge.MergeId}/undo", reason.Text, StringComparison.Ordinal);
        Assert.Equal((0, 0), (plan.Closed.Count, plan.Kept));
    }

    [Fact]
    public void A_pair_below_the_review_threshold_is_closed_with_its_new_score_and_the_reason()
    {
        var plan = Recheck.Plan([Item("p_new", "p_old", FirstNameAndNearBirthDate)], Lookup());

        var closed = Assert.Single(plan.Closed);
        Assert.Equal(7.7, closed.Score!.Value, 1);
        Assert.Equal(
            "the weights were re-estimated: score 7.74 bits is below the review threshold 9, so matching closed the item",
            closed.Reasons[0].Text);
        Assert.Equal(ReviewReasons.BelowReviewThreshold, closed.Reasons[0].Code);
        Assert.Empty(plan.Merges);
    }

    [Fact]
    public void Persons_a_steward_kept_apart_are_not_merged_by_the_ids_queued_or_their_survivors()
    {
        var identity = Lookup() with { Survivors = new Dictionary<string, string> { ["p_old"] = "p_older" } };
        var item = Item("p_new", "p_old", SimilarNamesSameBirthDate);

        var byIds = Recheck.Plan([item], identity.WithKeptApart([("p_old", "p_new")]));
        var bySurvivors = Recheck.Plan([item], identity.WithKeptApart([("p_new", "p_older")]));

        Assert.All([byIds, bySurvivors], plan => Assert.Equal((0, 0, 1), (plan.Merges.Count, plan.MergeItems.Count, plan.Kept)));
    }

    [Fact]
    public void Merged_away_persons_merge_as_their_survivors_and_persons_that_are_one_now_are_skipped()
    {
        var identity = Lookup() with { Survivors = new Dictionary<string, string> { ["p_old"] = "p_older" } };
        var linking = Item("p_new", "p_old", SimilarNamesSameBirthDate);
        var samePair = Item("p_older", "p_new", SimilarNamesSameBirthDate);

        var plan = Recheck.Plan([linking, samePair], identity);

        var merge = Assert.Single(plan.Merges);
        Assert.Equal(("p_new", "p_older"), (merge.SurvivorId, merge.MergedId));
        Assert.Equal((0, 0), (plan.Closed.Count, plan.Kept));
    }

    [Fact]
    public void A_pair_still_in_review_is_kept_with_its_new_score_and_a_second_run_changes_nothing()
    {
        var recheck = Recheck with { Weights = MatchWeights.Default };
        var item = Item("p_new", "p_old", SimilarNamesSameBirthDate);

        var first = recheck.Plan([item], Lookup());
        var second = recheck.Plan(first.Rescored, Lookup());

        var rescored = Assert.Single(first.Rescored);
        Assert.Equal(11.7, rescored.Score!.Value, 1);
        Assert.Equal(ReviewReasons.BelowLinkThreshold, rescored.Reasons[0].Code);
        Assert.Equal((1, 1), (first.Kept, second.Kept));
        Assert.Empty(second.Rescored);
        Assert.Empty(second.Merges);
    }

    [Fact]
    public void Items_of_other_kinds_are_left_alone()
    {
        var conflict = Item("p_new", "p_old", FirstNameAndNearBirthDate) with { Kind = ReviewKinds.IdentifierConflict };

        var plan = Recheck.Plan([conflict], Lookup());

        Assert.Equal((0, 0, 0, 0), (plan.Merges.Count, plan.Closed.Count, plan.Rescored.Count, plan.Kept));
    }

    [Fact]
    public void A_recheck_is_worthwhile_only_when_some_weight_moved_half_a_bit_or_more()
    {
        var slightly = Shifted(MatchWeights.Default, uAgree: 0.0054);
        var clearly = Shifted(MatchWeights.Default, uAgree: 0.0075);

        Assert.False(ReviewRecheck.IsWorthwhile(MatchWeights.Default, MatchWeights.Default));
        Assert.False(ReviewRecheck.IsWorthwhile(MatchWeights.Default, slightly));
        Assert.True(ReviewRecheck.IsWorthwhile(MatchWeights.Default, clearly));
        Assert.True(ReviewRecheck.IsWorthwhile(clearly, MatchWeights.Default));
        Assert.True(ReviewRecheck.IsWorthwhile(MatchWeights.Default, TyposCommoner));
    }

    /// <summary>The defaults with another u for an agreeing first name (0.005 by default).</summary>
    private static MatchWeights Shifted(MatchWeights weights, double uAgree)
    {
        var fields = weights.Fields.ToDictionary();
        fields[MatchField.FirstName] = fields[MatchField.FirstName] with { UAgree = uAgree, UDisagree = 1 - uAgree - fields[MatchField.FirstName].UPartial };
        return new MatchWeights(fields);
    }

    private static IdentityLookup Lookup() => new(new Dictionary<string, string>(), new Dictionary<string, string>());
}
