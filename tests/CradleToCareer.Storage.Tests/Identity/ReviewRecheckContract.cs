using System.Text.RegularExpressions;
using CradleToCareer.Application.EventLog;
using CradleToCareer.Application.Identity;
using CradleToCareer.Application.Ingest;
using CradleToCareer.Domain.Identity;
using CradleToCareer.Domain.Matching;
using CradleToCareer.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace CradleToCareer.Storage.Tests.Identity;

/// <summary>
/// Open possible matches re-checked under re-estimated weights (<see cref="RecheckReviews"/>), the same on every backend;
/// each runs it through a subclass. Items are queued the way ingest queues them, scored on the default weights.
/// </summary>
public abstract class ReviewRecheckContract : IAsyncLifetime
{
    /// <summary>The defaults, but a first name only similar counts 3.4 bits (not 1.4) and the same city 0.5 (not 3.8).</summary>
    private protected static readonly MatchWeights Reestimated = new(new Dictionary<MatchField, FieldProbabilities>(MatchWeights.Default.Fields)
    {
        [MatchField.FirstName] = new(0.80, 0.16, 0.04, 0.005, 0.015, 0.98),
        [MatchField.City] = new(0.70, 0, 0.30, 0.5, 0, 0.5),
    });

    /// <summary>Names similar, birth date equal: 11.7 bits on the defaults (review), 13.7 re-estimated (link).</summary>
    private protected static readonly MatchScore Linking = Scored((MatchField.FirstName, Agreement.Partial), (MatchField.LastName, Agreement.Partial), (MatchField.BirthDate, Agreement.Agree));

    /// <summary>First name and city equal, the rest missing: 11.3 bits on the defaults (review), 7.8 re-estimated (below).</summary>
    private protected static readonly MatchScore Below = Scored((MatchField.FirstName, Agreement.Agree), (MatchField.City, Agreement.Agree));

    /// <summary>First name and birth date equal, no surname: 15.8 bits on the defaults, 15.6 re-estimated; review both times.</summary>
    private protected static readonly MatchScore Stays = Scored((MatchField.FirstName, Agreement.Agree), (MatchField.BirthDate, Agreement.Agree));

    private (IEventLog Log, IIdentityStore Store, IReviewRecheckStore Rechecks)? _backend;

    private (IEventLog Log, IIdentityStore Store, IReviewRecheckStore Rechecks) Backend =>
        _backend ?? throw new InvalidOperationException("The backend is not created yet.");

    /// <summary>A fresh, empty event log, and the identity store and re-check store over the same data.</summary>
    protected abstract Task<(IEventLog Log, IIdentityStore Store, IReviewRecheckStore Rechecks)> CreateAsync();

    public async Task InitializeAsync() => _backend = await CreateAsync();

    public virtual Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_possible_match_the_new_weights_link_is_merged_as_the_matcher_in_its_item_and_undone_like_a_stewards_merge()
    {
        var matcher = await QueueAsync(Linking);
        var queued = Assert.Single(await OpenAsync());

        var summary = await RecheckAsync(Reestimated);

        var (first, second) = (matcher.Persons[0], matcher.Persons[1]);
        Assert.Equal(new RecheckSummary(1, 0, 0), summary);
        Assert.Equal(second, await Backend.Store.CanonicalAsync(first, CancellationToken.None));
        var item = Assert.Single(await OpenAsync());
        Assert.Equal((queued.ReviewId, ReviewKinds.MatcherMerge, second, first), (item.ReviewId, item.Kind, item.PersonId, item.CandidateId));
        Assert.Equal(13.7, item.Score!.Value, 1);
        var mergeId = Regex.Match(item.Reasons.Single().Text, "m_[0-9a-f]{32}").Value;

        var undo = await Backend.Store.UndoAsync(new UndoRequest(mergeId, "two students", "c_steward", DateTimeOffset.UtcNow), CancellationToken.None);

        Assert.Equal(UndoStatus.Undone, undo.Status);
        Assert.Equal(first, await Backend.Store.CanonicalAsync(first, CancellationToken.None));
        Assert.Empty(await OpenAsync());
        Assert.Equal(new RecheckSummary(0, 0, 0), await RecheckAsync(Reestimated));
    }

    [Fact]
    public async Task A_possible_match_below_the_review_threshold_leaves_the_queue_and_a_later_record_may_still_merge_the_two()
    {
        var matcher = new BridgingMatcher { QueueSecondAgainstFirst = true, QueuedEvidence = Below.Fields };
        var decisions = new IdentityDecisions(Backend.Log, matcher, NoProfileRefresh.Instance, NullLogger<IdentityDecisions>.Instance);
        var first = (await decisions.AppendAsync([PlannerEvents.Enrollment("e_a", "ssid-a")], CancellationToken.None))[0].PersonId!;
        var second = (await decisions.AppendAsync([PlannerEvents.Enrollment("e_b", "ssid-b")], CancellationToken.None))[0].PersonId!;

        var summary = await RecheckAsync(Reestimated);
        var afterRecheck = await OpenAsync();
        await decisions.AppendAsync([PlannerEvents.Enrollment("e_bridge", "ssid-c")], CancellationToken.None);

        Assert.Equal(new RecheckSummary(0, 1, 0), summary);
        Assert.Empty(afterRecheck);
        Assert.Equal(first, await Backend.Store.CanonicalAsync(second, CancellationToken.None));
        Assert.Equal(ReviewKinds.MatcherMerge, Assert.Single(await OpenAsync()).Kind);
    }

    [Fact]
    public async Task Persons_a_steward_kept_apart_are_not_merged_when_an_item_of_theirs_now_links()
    {
        var matcher = await QueueAsync(Linking, Linking);
        var (a, b, c) = (matcher.Persons[0], matcher.Persons[1], matcher.Persons[2]);
        var itemOfCAndB = (await OpenAsync()).Single(item => item.PersonId == c);
        Assert.True(await Backend.Store.DismissReviewAsync(itemOfCAndB.ReviewId, "c_steward", DateTimeOffset.UtcNow, CancellationToken.None));
        var merge = await Backend.Store.MergeAsync(new MergeRequest(MergeRequest.NewId(), c, a, "one student", "c_steward", DateTimeOffset.UtcNow), CancellationToken.None);
        Assert.Equal(MergeStatus.Merged, merge.Status);

        var summary = await RecheckAsync(Reestimated);

        Assert.Equal(new RecheckSummary(0, 0, 1), summary);
        Assert.Equal(b, await Backend.Store.CanonicalAsync(b, CancellationToken.None));
        Assert.Equal(ReviewKinds.PossibleMatch, Assert.Single(await OpenAsync()).Kind);
    }

    [Fact]
    public async Task A_second_recheck_under_the_same_weights_changes_nothing()
    {
        await QueueAsync(Linking, Below, Stays);

        var first = await RecheckAsync(Reestimated);
        var afterFirst = Listed(await OpenAsync());
        var second = await RecheckAsync(Reestimated);

        Assert.Equal(new RecheckSummary(1, 1, 1), first);
        Assert.Equal(new RecheckSummary(0, 0, 1), second);
        Assert.Equal(afterFirst, Listed(await OpenAsync()));
        Assert.Contains(afterFirst, item => item.Contains("15.6", StringComparison.Ordinal));
    }

    /// <summary>Records on new persons, each queued against the one before with the next score.</summary>
    private protected async Task<QueuingMatcher> QueueAsync(params MatchScore[] scores)
    {
        var matcher = new QueuingMatcher(scores);
        var decisions = new IdentityDecisions(Backend.Log, matcher, NoProfileRefresh.Instance, NullLogger<IdentityDecisions>.Instance);
        for (var i = 0; i <= scores.Length; i++)
        {
            await decisions.AppendAsync([PlannerEvents.Enrollment($"e_{i}", $"ssid-{i}")], CancellationToken.None);
        }

        return matcher;
    }

    private protected Task<RecheckSummary> RecheckAsync(MatchWeights weights) =>
        new RecheckReviews(Backend.Rechecks, NoProfileRefresh.Instance, TimeProvider.System, NullLogger<RecheckReviews>.Instance)
            .RunAsync(weights, MatchThresholds.Default, CancellationToken.None);

    private async Task<IReadOnlyList<ReviewItem>> OpenAsync() =>
        (await Backend.Store.ListReviewsAsync(10, null, CancellationToken.None)).Items;

    /// <summary>Each item as a steward sees it, in one line.</summary>
    private static List<string> Listed(IReadOnlyList<ReviewItem> items) =>
        [.. items.Select(i => $"{i.ReviewId} {i.Kind} {i.PersonId} {i.CandidateId} {i.Score:R} {string.Join("; ", i.Reasons.Select(r => r.Text))}").Order(StringComparer.Ordinal)];

    private static MatchScore Scored(params (MatchField Field, Agreement Agreement)[] agreements) =>
        FellegiSunter.Score(agreements.Aggregate(default(ComparisonPattern), (pattern, a) => pattern.With(a.Field, a.Agreement)), MatchWeights.Default);
}
