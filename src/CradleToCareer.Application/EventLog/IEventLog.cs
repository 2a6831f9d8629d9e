using CradleToCareer.Domain.Events;
using CradleToCareer.Domain.Identity;

namespace CradleToCareer.Application.EventLog;

/// <summary>
/// The append-only log of accepted events: the source of truth every grain is a projection of.
/// Events are appended through an <see cref="IIngestSession"/>, which commits durably (on PostgreSQL).
/// </summary>
public interface IEventLog
{
    /// <summary>
    /// Waits until no other batch holds a claim that overlaps <paramref name="claims"/> (nor a merge, undo or review
    /// re-check runs), takes them, looks up what the batch needs and runs the planner's first pass. The claims are held
    /// until the session is disposed. A store may hold more than was asked (the in-memory log holds everything, and
    /// the PostgreSQL log does for a batch claiming many keys), never less.
    /// </summary>
    Task<IIngestSession> BeginIngestAsync(IReadOnlyList<PendingEvent> batch, IdentityClaims claims, CancellationToken cancellationToken);

    /// <summary>
    /// A guess at the planner's first pass and at the batch's new identifiers, from the identifier links read without
    /// holding anything (<see cref="IngestPlanner.PreviewPositionsToPlace"/>), so matching can start and the claims be
    /// named before the batch takes its turn. A record re-sent, or whose identifiers another batch links in the
    /// meantime, need not be placed after all; the session's own reading decides.
    /// </summary>
    Task<IngestPreview> PreviewAsync(IReadOnlyList<PendingEvent> batch, CancellationToken cancellationToken);

    /// <summary>Every event logged for the person, in canonical stored form.</summary>
    Task<IReadOnlyList<string>> ReadPersonAsync(string personId, CancellationToken cancellationToken);

    /// <summary>How many events are logged for the person: a cheap check that a projection is current.</summary>
    Task<int> CountPersonAsync(string personId, CancellationToken cancellationToken);

    /// <summary>The persons with at least one event that names the institution.</summary>
    Task<IReadOnlyList<string>> PersonsAtInstitutionAsync(string institutionId, CancellationToken cancellationToken);

    /// <summary>
    /// The institutions named by at least one event whose id starts with <paramref name="idPrefix"/> (e.g. <c>cds:</c>),
    /// by id. A statewide cohort asks once, when it comes up, which institutions may hold its members.
    /// </summary>
    Task<IReadOnlyList<string>> InstitutionsAsync(string idPrefix, CancellationToken cancellationToken);

    /// <summary>The persons the identifier tokens are linked to (none, one, or several when they disagree).</summary>
    Task<IReadOnlyList<string>> FindPersonsAsync(IReadOnlyCollection<string> idTokens, CancellationToken cancellationToken);

    /// <summary>
    /// The persons (canonical ids) of the events logged after sequence number <paramref name="afterSeq"/> and accepted
    /// before <paramref name="acceptedBefore"/>, scanning at most <paramref name="limit"/> events in sequence order; with
    /// the highest sequence number scanned (<paramref name="afterSeq"/> when none). The alert sweep walks the log with it.
    /// </summary>
    Task<LoggedPersons> PersonsLoggedAfterAsync(long afterSeq, DateTimeOffset acceptedBefore, int limit, CancellationToken cancellationToken);

    /// <summary>True when the log's backing store answers.</summary>
    Task<bool> IsReachableAsync(CancellationToken cancellationToken);

    /// <summary>
    /// True when <paramref name="failure"/> means the backing store could not be reached (trying again later may
    /// succeed); false when the store answered and refused what it was given, e.g. text it cannot hold.
    /// </summary>
    bool IsUnavailable(Exception failure);

    /// <summary>
    /// True when <paramref name="failure"/> means another batch committed what this one was about to (the same event,
    /// or a first link of the same identifier) between this batch's reading and its commit: nothing of this batch was
    /// written, and beginning again sees the other's commit.
    /// </summary>
    bool IsRace(Exception failure);
}
