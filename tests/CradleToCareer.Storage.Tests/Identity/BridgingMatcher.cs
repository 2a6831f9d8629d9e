using CradleToCareer.Application.Identity;
using CradleToCareer.Domain.Identity;
using CradleToCareer.Domain.Matching;
using CradleToCareer.Testing;

namespace CradleToCareer.Storage.Tests.Identity;

/// <summary>
/// Places the first two records on new persons (the second queued against the first when asked, with the given
/// evidence); the third links to the first and bridges to the second, or the other way round when asked.
/// </summary>
internal sealed class BridgingMatcher : IRecordMatcher
{
    private readonly List<string> _persons = [];

    public bool QueueSecondAgainstFirst { get; init; }

    public IReadOnlyList<FieldEvidence> QueuedEvidence { get; init; } = [];

    public bool SurvivorIsSecond { get; set; }

    public Task<MatchPlacement> PlaceAsync(IReadOnlyList<MatchSubject> subjects, CancellationToken cancellationToken)
    {
        var subject = Assert.Single(subjects);
        var (survivor, merged) = SurvivorIsSecond ? (1, 0) : (0, 1);
        var decision = _persons.Count switch
        {
            0 => new MatchDecision(PersonIds.New(), true, null, null),
            1 => NewPerson(QueueSecondAgainstFirst ? _persons[0] : null),
            _ => new MatchDecision(_persons[survivor], false, new MatchRecord(subject.RecordId, _persons[survivor], [], Fingerprints.Empty), null, [_persons[merged]]),
        };
        _persons.Add(decision.PersonId);
        return Task.FromResult(new MatchPlacement([decision], new HashSet<string>()));
    }

    private MatchDecision NewPerson(string? queuedAgainst)
    {
        var person = PersonIds.New();
        var review = queuedAgainst is null
            ? null
            : new ReviewItem(ReviewItem.NewId(), ReviewKinds.PossibleMatch, person, queuedAgainst, 10, QueuedEvidence, [], [], DateTimeOffset.UtcNow);
        return new MatchDecision(person, true, null, review);
    }

    public Task IndexAsync(MatchPlacement placement, IReadOnlyList<MatchRecord> records, CancellationToken cancellationToken) =>
        Task.CompletedTask;
}
