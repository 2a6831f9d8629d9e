using CradleToCareer.Application.Identity;
using CradleToCareer.Domain.Identity;
using CradleToCareer.Testing;

namespace CradleToCareer.Application.Tests.Ingest;

/// <summary>
/// Ingest lets the matcher prepare, before the lock, the records a preview expects to place, and skips the preview for
/// a batch whose every event carries an identifier already committed.
/// </summary>
public sealed class MatchingAheadTests
{
    [Fact]
    public async Task Records_with_new_identifiers_are_prepared_ahead_and_a_batch_of_known_ones_is_not_previewed()
    {
        var matcher = new CountingMatcher();
        var decisions = InMemoryDecisions.For(matcher);

        await decisions.AppendAsync([PlannerEvents.Enrollment("e-1", "1000000001"), PlannerEvents.Enrollment("e-2", "1000000002")], CancellationToken.None);
        var afterNew = matcher.Prepared.ToList();
        await decisions.AppendAsync([PlannerEvents.Enrollment("e-3", "1000000001"), PlannerEvents.Enrollment("e-4", "1000000002")], CancellationToken.None);
        var afterKnown = matcher.Prepared.ToList();
        await decisions.AppendAsync([PlannerEvents.Enrollment("e-5", "1000000001"), PlannerEvents.Enrollment("e-6", "1000000003")], CancellationToken.None);

        Assert.Equal([2], afterNew);
        Assert.Equal([2], afterKnown);
        Assert.Equal([2, 1], matcher.Prepared);
        Assert.Equal([2, 1], matcher.PlacedFromPreparation);
    }

    /// <summary>Makes a new person for every record; records how many records each preparation and placement held.</summary>
    private sealed class CountingMatcher : IRecordMatcher
    {
        public List<int> Prepared { get; } = [];

        public List<int> PlacedFromPreparation { get; } = [];

        public bool WorksAhead => true;

        public Task<MatchPreparation> PrepareAsync(IReadOnlyList<MatchSubject> subjects, CancellationToken cancellationToken)
        {
            Prepared.Add(subjects.Count);
            return Task.FromResult(new MatchPreparation(subjects));
        }

        public Task<MatchPlacement> PlaceAsync(MatchPreparation prepared, IReadOnlyList<int> chosen, CancellationToken cancellationToken)
        {
            PlacedFromPreparation.Add(chosen.Count);
            return PlaceAsync([.. chosen.Select(i => prepared.Subjects[i])], cancellationToken);
        }

        public Task<MatchPlacement> PlaceAsync(IReadOnlyList<MatchSubject> subjects, CancellationToken cancellationToken) =>
            Task.FromResult(new MatchPlacement([.. subjects.Select(_ => new MatchDecision(PersonIds.New(), true, null, null))], new HashSet<string>()));

        public Task IndexAsync(MatchPlacement placement, IReadOnlyList<MatchRecord> records, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
