using System.Text.RegularExpressions;
using CradleToCareer.Application.EventLog;
using CradleToCareer.Application.Identity;
using CradleToCareer.Application.Ingest;
using CradleToCareer.Domain.Events;
using CradleToCareer.Domain.Identity;
using CradleToCareer.Domain.Matching;
using CradleToCareer.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace CradleToCareer.Storage.Tests.Identity;

/// <summary>
/// A review item comes back from the queue with the reasons it was queued for, the same on every backend; each runs
/// it through a subclass. Items are queued the way ingest queues them: through the event log's ingest session.
/// </summary>
public abstract class ReviewQueueContract : IAsyncLifetime
{
    private (IEventLog Log, IIdentityStore Store)? _backend;

    private (IEventLog Log, IIdentityStore Store) Backend => _backend ?? throw new InvalidOperationException("The backend is not created yet.");

    /// <summary>A fresh, empty event log and the identity store over the same data.</summary>
    protected abstract Task<(IEventLog Log, IIdentityStore Store)> CreateAsync();

    public async Task InitializeAsync() => _backend = await CreateAsync();

    public virtual Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_possible_match_is_listed_with_its_reasons_in_order()
    {
        var score = new MatchScore(9.4, [
            new FieldEvidence(MatchField.FirstName, Agreement.Agree, 7.5),
            new FieldEvidence(MatchField.LastName, Agreement.Disagree, -4.6),
            new FieldEvidence(MatchField.BirthDate, Agreement.Partial, 3.1),
            new FieldEvidence(MatchField.Ssn, Agreement.Missing, 0)]);
        var reasons = ReviewReasons.ForPossibleMatch(score, MatchThresholds.Default);
        var decisions = new IdentityDecisions(Backend.Log, new QueuingMatcher([score]), NoProfileRefresh.Instance, NullLogger<IdentityDecisions>.Instance);
        var first = await decisions.AppendAsync([PlannerEvents.Enrollment("e_first", "ssid-first")], CancellationToken.None);
        await decisions.AppendAsync([PlannerEvents.Enrollment("e_second", "ssid-second")], CancellationToken.None);

        var item = Assert.Single((await Backend.Store.ListReviewsAsync(10, null, CancellationToken.None)).Items);

        Assert.Equal(first[0].PersonId, item.CandidateId);
        Assert.Equal(reasons, item.Reasons);
        Assert.Equal(
            ["below-link-threshold", "conflict:lastName", "unconfirmed:birthDate", "missing:ssn"],
            item.Reasons.Select(r => r.Code));
    }

    [Fact]
    public async Task An_identifier_conflict_is_listed_with_its_reason()
    {
        var decisions = new IdentityDecisions(Backend.Log, new DeterministicOnly(), NoProfileRefresh.Instance, NullLogger<IdentityDecisions>.Instance);
        await decisions.AppendAsync([PlannerEvents.Enrollment("e_a", "ssid-a"), PlannerEvents.Enrollment("e_b", "ssid-b")], CancellationToken.None);
        await decisions.AppendAsync([PlannerEvents.Enrollment("e_both", "ssid-a", "ssid-b")], CancellationToken.None);

        var item = Assert.Single((await Backend.Store.ListReviewsAsync(10, null, CancellationToken.None)).Items);

        Assert.Equal(ReviewKinds.IdentifierConflict, item.Kind);
        Assert.Equal(ReviewReasons.ForIdentifierConflict(["ssid"]), item.Reasons);
    }

    [Fact]
    public async Task A_matcher_merge_is_journaled_with_the_batch_listed_while_it_stands_and_undone_like_a_stewards()
    {
        var matcher = new BridgingMatcher();
        var decisions = new IdentityDecisions(Backend.Log, matcher, NoProfileRefresh.Instance, NullLogger<IdentityDecisions>.Instance);
        var a = (await decisions.AppendAsync([PlannerEvents.Enrollment("e_a", "ssid-a")], CancellationToken.None))[0].PersonId!;
        var b = (await decisions.AppendAsync([PlannerEvents.Enrollment("e_b", "ssid-b")], CancellationToken.None))[0].PersonId!;
        var bridge = await decisions.AppendAsync([PlannerEvents.Enrollment("e_bridge", "ssid-c")], CancellationToken.None);

        Assert.Equal(a, bridge[0].PersonId);
        Assert.Equal(a, await Backend.Store.CanonicalAsync(b, CancellationToken.None));
        var item = Assert.Single((await Backend.Store.ListReviewsAsync(10, null, CancellationToken.None)).Items);
        Assert.Equal((ReviewKinds.MatcherMerge, a, b), (item.Kind, item.PersonId, item.CandidateId));
        var mergeId = Regex.Match(item.Reasons.Single().Text, "m_[0-9a-f]{32}").Value;

        var undo = await Backend.Store.UndoAsync(new UndoRequest(mergeId, "two students", "c_steward", DateTimeOffset.UtcNow), CancellationToken.None);

        Assert.Equal(UndoStatus.Undone, undo.Status);
        Assert.Equal(b, await Backend.Store.CanonicalAsync(b, CancellationToken.None));
        Assert.Empty((await Backend.Store.ListReviewsAsync(10, null, CancellationToken.None)).Items);
    }

    [Fact]
    public async Task A_matcher_merge_takes_over_the_open_possible_match_of_the_same_pair()
    {
        var (decisions, matcher, possible) = await TwoPersonsQueuedAsync();
        matcher.SurvivorIsSecond = true;

        await decisions.AppendAsync([PlannerEvents.Enrollment("e_bridge", "ssid-c")], CancellationToken.None);

        var item = Assert.Single((await Backend.Store.ListReviewsAsync(10, null, CancellationToken.None)).Items);
        Assert.Equal((possible.ReviewId, ReviewKinds.MatcherMerge, possible.PersonId, possible.CandidateId), (item.ReviewId, item.Kind, item.PersonId, item.CandidateId));
        Assert.Equal(ReviewReasons.MatcherMerge, Assert.Single(item.Reasons).Code);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Persons_a_steward_kept_apart_are_never_merged_by_the_matcher(bool survivorIsSecond)
    {
        var (decisions, matcher, possible) = await TwoPersonsQueuedAsync();
        Assert.True(await Backend.Store.DismissReviewAsync(possible.ReviewId, "c_steward", DateTimeOffset.UtcNow, CancellationToken.None));
        matcher.SurvivorIsSecond = survivorIsSecond;

        var bridge = await decisions.AppendAsync([PlannerEvents.Enrollment("e_bridge", "ssid-c")], CancellationToken.None);

        Assert.Equal(AppendStatus.Accepted, bridge[0].Status);
        Assert.Equal(possible.CandidateId, await Backend.Store.CanonicalAsync(possible.CandidateId, CancellationToken.None));
        Assert.Equal(possible.PersonId, await Backend.Store.CanonicalAsync(possible.PersonId, CancellationToken.None));
        Assert.Empty((await Backend.Store.ListReviewsAsync(10, null, CancellationToken.None)).Items);
    }

    [Fact]
    public async Task Persons_whose_matcher_merge_a_steward_undid_are_not_merged_again()
    {
        var decisions = new IdentityDecisions(Backend.Log, new BridgingMatcher(), NoProfileRefresh.Instance, NullLogger<IdentityDecisions>.Instance);
        var a = (await decisions.AppendAsync([PlannerEvents.Enrollment("e_a", "ssid-a")], CancellationToken.None))[0].PersonId!;
        var b = (await decisions.AppendAsync([PlannerEvents.Enrollment("e_b", "ssid-b")], CancellationToken.None))[0].PersonId!;
        await decisions.AppendAsync([PlannerEvents.Enrollment("e_bridge", "ssid-c")], CancellationToken.None);
        var item = Assert.Single((await Backend.Store.ListReviewsAsync(10, null, CancellationToken.None)).Items);
        var mergeId = Regex.Match(item.Reasons.Single().Text, "m_[0-9a-f]{32}").Value;
        await Backend.Store.UndoAsync(new UndoRequest(mergeId, "two students", "c_steward", DateTimeOffset.UtcNow), CancellationToken.None);

        await decisions.AppendAsync([PlannerEvents.Enrollment("e_bridge_again", "ssid-d")], CancellationToken.None);

        Assert.Equal(b, await Backend.Store.CanonicalAsync(b, CancellationToken.None));
        Assert.Equal(a, await Backend.Store.CanonicalAsync(a, CancellationToken.None));
    }

    /// <summary>Two records on two persons, the second queued as a possible match of the first.</summary>
    private async Task<(IdentityDecisions Decisions, BridgingMatcher Matcher, ReviewItem Possible)> TwoPersonsQueuedAsync()
    {
        var matcher = new BridgingMatcher { QueueSecondAgainstFirst = true };
        var decisions = new IdentityDecisions(Backend.Log, matcher, NoProfileRefresh.Instance, NullLogger<IdentityDecisions>.Instance);
        await decisions.AppendAsync([PlannerEvents.Enrollment("e_a", "ssid-a")], CancellationToken.None);
        await decisions.AppendAsync([PlannerEvents.Enrollment("e_b", "ssid-b")], CancellationToken.None);
        return (decisions, matcher, Assert.Single((await Backend.Store.ListReviewsAsync(10, null, CancellationToken.None)).Items));
    }
}
