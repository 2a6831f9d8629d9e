using CradleToCareer.Domain.Events;
using CradleToCareer.Domain.Identity;
using CradleToCareer.Testing;

namespace CradleToCareer.Domain.Tests.Identity;

/// <summary>A record that links to several persons merges them, in the plan of its batch, as the matcher.</summary>
public sealed class MatcherMergePlanTests
{
    private static readonly IReadOnlyDictionary<EventKey, LoggedEventRef> NothingLogged = new Dictionary<EventKey, LoggedEventRef>();
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_bridging_record_merges_the_other_person_into_its_own_journaled_as_the_matcher_with_an_item_for_stewards()
    {
        var plan = Plan(Lookup(), Decision("p_a", "e1", ["p_b"]));

        var merge = Assert.Single(plan.Merges);
        Assert.Equal(("p_a", "p_b", MatcherActor.ClientId, Now), (merge.SurvivorId, merge.MergedId, merge.StewardClientId, merge.At));
        var item = Assert.Single(plan.Reviews);
        Assert.Equal((ReviewKinds.MatcherMerge, "p_a", "p_b"), (item.Kind, item.PersonId, item.CandidateId));
        var reason = Assert.Single(item.Reasons);
        Assert.Equal(ReviewReasons.MatcherMerge, reason.Code);
        Assert.Contains($"/v1/identity/merges/{merge.MergeId}/undo", reason.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Persons_already_one_are_not_merged_again_and_merged_away_ids_merge_their_survivors()
    {
        var identity = Lookup() with { Survivors = new Dictionary<string, string> { ["p_b_old"] = "p_b", ["p_a_old"] = "p_a" } };

        var plan = Plan(identity, Decision("p_a_old", "e1", ["p_b_old", "p_a"]), Decision("p_b", "e2", ["p_a"]));

        var merge = Assert.Single(plan.Merges);
        Assert.Equal(("p_a", "p_b"), (merge.SurvivorId, merge.MergedId));
        Assert.Equal(["p_a", "p_a"], plan.Outcomes.Select(o => o.PersonId));
    }

    [Fact]
    public void Persons_a_steward_kept_apart_are_not_merged_by_the_ids_given_or_their_survivors()
    {
        var identity = Lookup() with { Survivors = new Dictionary<string, string> { ["p_b_old"] = "p_b" } };

        var byIds = Plan(identity.WithKeptApart([("p_b_old", "p_a")]), Decision("p_a", "e1", ["p_b_old"]));
        var bySurvivors = Plan(identity.WithKeptApart([("p_a", "p_b")]), Decision("p_a", "e1", ["p_b_old"]));

        Assert.Empty(byIds.Merges);
        Assert.Empty(bySurvivors.Merges);
        Assert.Empty(bySurvivors.Reviews);
    }

    [Fact]
    public void A_decision_that_bridges_nothing_merges_nothing()
    {
        var plan = Plan(Lookup(), Decision("p_a", "e1", null));

        Assert.Empty(plan.Merges);
        Assert.Empty(plan.Reviews);
    }

    private static IngestPlan Plan(IdentityLookup identity, params (PendingEvent Event, MatchDecision Decision)[] placed) =>
        IngestPlanner.Plan(
            [.. placed.Select(p => p.Event)], NothingLogged, identity,
            placed.Select((p, i) => (i, p.Decision)).ToDictionary(), () => "p_unused", Now);

    private static (PendingEvent, MatchDecision) Decision(string personId, string eventId, IReadOnlyList<string>? bridged) =>
        (PlannerEvents.Enrollment(eventId), new MatchDecision(personId, false, new MatchRecord(eventId, personId, [], Fingerprints.Empty), null, bridged));

    private static IdentityLookup Lookup() => new(new Dictionary<string, string>(), new Dictionary<string, string>());
}
