using CradleToCareer.Domain.Events;
using CradleToCareer.Domain.Matching;

namespace CradleToCareer.Domain.Identity;

/// <summary>A record whose identifiers are all new: it must be placed by probabilistic matching.</summary>
/// <param name="RecordId">Unique for ever: the event's source and id.</param>
public sealed record MatchSubject(string RecordId, StudentBlock Student);

/// <summary>What the matching index keeps of a placed record: tokens and Bloom filters, no clear text.</summary>
public sealed record MatchRecord(string RecordId, string PersonId, IReadOnlyList<string> BlockingKeys, MatchFingerprint Fingerprint);

/// <summary>Where a record lands.</summary>
/// <param name="PersonId">The person the record is linked to, or the new person made for it.</param>
/// <param name="IsNewPerson">True when matching found no person above the upper threshold.</param>
/// <param name="Record">The record to index once the batch commits; null when probabilistic matching is off.</param>
/// <param name="Review">A possible match left for a steward, when the best candidate fell between the thresholds.</param>
/// <param name="Bridged">
/// Other persons the record links to as well, each by evidence that may merge persons
/// (<see cref="Matching.MatchThresholds.Bridges"/>): the record shows they are the one person it is linked to, and the
/// batch merges them into it as the matcher (<see cref="MatcherMerges"/>). Null or empty when there are none.
/// </param>
public sealed record MatchDecision(string PersonId, bool IsNewPerson, MatchRecord? Record, ReviewItem? Review, IReadOnlyList<string>? Bridged = null);
