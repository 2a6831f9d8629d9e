using CradleToCareer.Application.Identity;
using CradleToCareer.Domain.Identity;
using CradleToCareer.Domain.Matching;

namespace CradleToCareer.Storage.Tests.Identity;

/// <summary>
/// Places every record on a new person; from the second on, queues it against the person placed before, with the next
/// of the given scores (round and round) and the reasons the default thresholds give it.
/// </summary>
internal sealed class QueuingMatcher(IReadOnlyList<MatchScore> scores) : IRecordMatcher
{
    private readonly List<string> _persons = [];

    /// <summary>The persons placed, in order.</summary>
    public IReadOnlyList<string> Persons => _persons;

    public Task<MatchPlacement> PlaceAsync(IReadOnlyList<MatchSubject> subjects, CancellationToken cancellationToken)
    {
        var decisions = new List<MatchDecision>();
        foreach (var _ in subjects)
        {
            var person = PersonIds.New();
            var review = _persons.Count == 0 ? null : Review(person, _persons[^1], scores[(_persons.Count - 1) % scores.Count]);
            decisions.Add(new MatchDecision(person, true, null, review));
            _persons.Add(person);
        }

        return Task.FromResult(new MatchPlacement(decisions, new HashSet<string>()));
    }

    private static ReviewItem Review(string person, string candidate, MatchScore score) =>
        new(ReviewItem.NewId(), ReviewKinds.PossibleMatch, person, candidate, score.Total, score.Fields,
            ReviewReasons.ForPossibleMatch(score, MatchThresholds.Default), [], DateTimeOffset.UtcNow);

    public Task IndexAsync(MatchPlacement placement, IReadOnlyList<MatchRecord> records, CancellationToken cancellationToken) =>
        Task.CompletedTask;
}
