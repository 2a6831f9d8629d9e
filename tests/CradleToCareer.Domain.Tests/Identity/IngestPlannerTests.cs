using CradleToCareer.Testing;
using CradleToCareer.Domain.Identity;
using CradleToCareer.Domain.Events;

namespace CradleToCareer.Domain.Tests.Identity;

/// <summary>The planner's identity decisions: which records matching places, and how merges and conflicts come out.</summary>
public sealed class IngestPlannerTests
{
    private static readonly IReadOnlyDictionary<EventKey, LoggedEventRef> NothingLogged = new Dictionary<EventKey, LoggedEventRef>();
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Only_records_whose_identifiers_are_all_new_and_unseen_earlier_in_the_batch_go_to_matching()
    {
        var batch = new[]
        {
            PlannerEvents.Enrollment("e1", "1111111111"),
            PlannerEvents.Enrollment("e2", "1111111111"),
            PlannerEvents.Enrollment("e3", "2222222222"),
            PlannerEvents.Enrollment("e4", "3333333333", "2222222222"),
            PlannerEvents.Enrollment("e5"),
        };
        var identity = Lookup(("2222222222", "p_known"));

        Assert.Equal([0, 4], IngestPlanner.PositionsToPlace(batch, NothingLogged, identity));
    }

    /// <summary>
    /// The preview before the lock sees only the links: it names what the first pass names, and also an event the log
    /// already holds (a re-send, which the first pass answers as a duplicate without matching).
    /// </summary>
    [Fact]
    public void The_preview_names_every_position_the_first_pass_does_and_a_re_sent_event_too()
    {
        var batch = new[]
        {
            PlannerEvents.Enrollment("e1", "1111111111"),
            PlannerEvents.Enrollment("e2", "2222222222"),
            PlannerEvents.Enrollment("e3", "4444444444"),
        };
        var links = new Dictionary<string, string> { [PlannerEvents.Token("2222222222")] = "p_known" };
        var logged = new Dictionary<EventKey, LoggedEventRef> { [batch[2].Event.Key] = new("p_earlier", batch[2].ContentHash) };

        var preview = IngestPlanner.PreviewPositionsToPlace(batch, links);
        var firstPass = IngestPlanner.PositionsToPlace(batch, logged, new IdentityLookup(links, new Dictionary<string, string>()));

        Assert.Equal([0, 2], preview);
        Assert.Equal([0], firstPass);
    }

    [Fact]
    public void A_link_decision_stores_the_event_under_the_matched_person_and_links_the_new_identifier_to_it()
    {
        var batch = new[] { PlannerEvents.Enrollment("e1", "1111111111"), PlannerEvents.Enrollment("e2", "1111111111") };
        var placements = new Dictionary<int, MatchDecision> { [0] = new("p_existing", false, null, null) };

        var plan = IngestPlanner.Plan(batch, NothingLogged, Lookup(), placements, () => "p_unused", Now);

        Assert.All(plan.Outcomes, o => Assert.Equal("p_existing", o.PersonId));
        Assert.Equal([(PlannerEvents.Token("1111111111"), "p_existing")], plan.NewLinks);
        Assert.Empty(plan.NewPersons);
    }

    [Fact]
    public void A_review_decision_makes_the_new_person_and_carries_the_review_item()
    {
        var review = new ReviewItem("r_1", ReviewKinds.PossibleMatch, "p_new", "p_maybe", 9.5, [], [], [], Now);
        var placements = new Dictionary<int, MatchDecision> { [0] = new("p_new", true, null, review) };

        var plan = IngestPlanner.Plan([PlannerEvents.Enrollment("e1", "1111111111")], NothingLogged, Lookup(), placements, () => "p_unused", Now);

        Assert.Equal(["p_new"], plan.NewPersons);
        Assert.Equal([review], plan.Reviews);
        Assert.Equal("p_new", plan.AcceptedRows.Single().PersonId);
    }

    [Fact]
    public void Identifiers_of_two_persons_are_rejected_and_queued_once_as_a_conflict()
    {
        var identity = Lookup(("1111111111", "p_b"), ("2222222222", "p_a"));

        var plan = IngestPlanner.Plan(
            [PlannerEvents.Enrollment("e1", "1111111111", "2222222222")], NothingLogged, identity, new Dictionary<int, MatchDecision>(), () => "p_unused", Now);

        Assert.Equal(AppendStatus.Rejected, plan.Outcomes.Single().Status);
        Assert.Empty(plan.AcceptedRows);
        var review = Assert.Single(plan.Reviews);
        Assert.Equal((ReviewKinds.IdentifierConflict, "p_a", "p_b"), (review.Kind, review.PersonId, review.CandidateId));
        Assert.Equal(["ssid"], review.IdentifierSystems);
        Assert.Equal([ReviewReasons.IdentifierConflict], review.Reasons.Select(r => r.Code));
    }

    [Fact]
    public void Identifiers_of_a_merged_person_and_its_survivor_are_one_person()
    {
        var identity = Lookup(("1111111111", "p_merged"), ("2222222222", "p_survivor")) with
        {
            Survivors = new Dictionary<string, string> { ["p_merged"] = "p_survivor" },
        };

        var plan = IngestPlanner.Plan(
            [PlannerEvents.Enrollment("e1", "1111111111", "2222222222"), PlannerEvents.Enrollment("e2", "1111111111")],
            NothingLogged, identity, new Dictionary<int, MatchDecision>(), () => "p_unused", Now);

        Assert.All(plan.Outcomes, o => Assert.Equal((AppendStatus.Accepted, "p_survivor"), (o.Status, o.PersonId)));
        Assert.Equal("p_survivor", plan.AcceptedRows[0].PersonId);
        Assert.Equal("p_merged", plan.AcceptedRows[1].PersonId);
    }

    private static IdentityLookup Lookup(params (string Ssid, string PersonId)[] links) => new(
        links.ToDictionary(l => PlannerEvents.Token(l.Ssid), l => l.PersonId),
        new Dictionary<string, string>());
}
