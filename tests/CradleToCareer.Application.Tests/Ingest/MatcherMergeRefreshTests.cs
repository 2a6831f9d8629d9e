using CradleToCareer.Application.Identity;
using CradleToCareer.Application.Tests.Identity;
using CradleToCareer.Domain.Identity;
using CradleToCareer.Testing;

namespace CradleToCareer.Application.Tests.Ingest;

/// <summary>The profiles of two persons the matcher merged re-read their events once the batch has committed.</summary>
public sealed class MatcherMergeRefreshTests
{

    [Fact]
    public async Task Both_persons_of_a_matchers_merge_are_refreshed_and_nobody_else()
    {
        var profiles = new FakeStudentProfiles();
        var matcher = new ScriptedMatcher();
        var decisions = InMemoryDecisions.For(matcher, profiles);
        var a = (await decisions.AppendAsync([PlannerEvents.Enrollment("e-a", "1000000001")], CancellationToken.None))[0].PersonId!;
        var b = (await decisions.AppendAsync([PlannerEvents.Enrollment("e-b", "1000000002")], CancellationToken.None))[0].PersonId!;
        Assert.Empty(profiles.Refreshed);

        matcher.Next = subject => new MatchDecision(a, false, new MatchRecord(subject.RecordId, a, [], Fingerprints.Empty), null, [b]);
        await decisions.AppendAsync([PlannerEvents.Enrollment("e-c", "1000000003")], CancellationToken.None);

        Assert.Equal(new[] { a, b }.Order(StringComparer.Ordinal), profiles.Refreshed.Order(StringComparer.Ordinal));
    }

    /// <summary>New persons until told otherwise.</summary>
    private sealed class ScriptedMatcher : IRecordMatcher
    {
        public Func<MatchSubject, MatchDecision> Next { get; set; } = _ => new MatchDecision(PersonIds.New(), true, null, null);

        public Task<MatchPlacement> PlaceAsync(IReadOnlyList<MatchSubject> subjects, CancellationToken cancellationToken) =>
            Task.FromResult(new MatchPlacement([.. subjects.Select(Next)], new HashSet<string>()));

        public Task IndexAsync(MatchPlacement placement, IReadOnlyList<MatchRecord> records, CancellationToken cancellationToken) =>
            Task.CompletedTask;
    }
}
