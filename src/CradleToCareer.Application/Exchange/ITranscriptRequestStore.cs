using CradleToCareer.Domain.Transcripts.Requests;

namespace CradleToCareer.Application.Exchange;

/// <summary>
/// Where transcript requests are kept, durably, with their history and the outbox of their pushes. A status change
/// and the push announcing it are written together, so a push is never lost nor sent for a change that did not happen.
/// </summary>
public interface ITranscriptRequestStore
{
    /// <summary>Keeps a new request (status <c>received</c>); <paramref name="sealedSecret"/> signs its pushes.</summary>
    Task AddAsync(TranscriptRequestRecord request, byte[]? sealedSecret, CancellationToken cancellationToken);

    Task<TranscriptRequestRecord?> FindAsync(string requestId, CancellationToken cancellationToken);

    /// <summary>The request the transcript was issued for, if it was issued for one.</summary>
    Task<TranscriptRequestRecord?> FindByTranscriptAsync(string transcriptId, CancellationToken cancellationToken);

    /// <summary>
    /// The organization's requests, newest first, after the cursor <paramref name="after"/> (a request id from an
    /// earlier page), in <paramref name="status"/> when one is named.
    /// </summary>
    Task<IReadOnlyList<TranscriptRequestRecord>> ListAsync(
        string organizationId, string? status, string? after, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// Applies <paramref name="move"/> if the request is in one of the statuses it moves from: the new status joins the
    /// history, the person and transcript ids are set when the move names them, and its push is queued. False when the
    /// request is in another status (or does not exist): nothing changed.
    /// </summary>
    Task<bool> MoveAsync(RequestMove move, CancellationToken cancellationToken);

    /// <summary>Records the person a waiting request resolved to later, without a change of status.</summary>
    Task ResolveAsync(string requestId, string personId, CancellationToken cancellationToken);

    /// <summary>The organization's requests awaiting consent that are about <paramref name="personId"/>.</summary>
    Task<IReadOnlyList<TranscriptRequestRecord>> AwaitingAsync(string organizationId, string personId, CancellationToken cancellationToken);

    /// <summary>
    /// The requests awaiting consent about <paramref name="personId"/>, from every organization, oldest first, leaving
    /// out those the person declined (<see cref="DeclineAsync"/>): the student's waiting list.
    /// </summary>
    Task<IReadOnlyList<TranscriptRequestRecord>> WaitingForAsync(string personId, CancellationToken cancellationToken);

    /// <summary>
    /// Keeps the person's decline of a request awaiting consent about them, so it leaves their waiting list. The request
    /// itself does not change: to the requester it still awaits consent, until it expires. False when no request awaiting
    /// consent about the person has this id (declining twice is true both times).
    /// </summary>
    Task<bool> DeclineAsync(string requestId, string personId, DateTimeOffset declinedAt, CancellationToken cancellationToken);

    /// <summary>
    /// Requests in <paramref name="status"/> received before <paramref name="receivedBefore"/>, oldest first, after
    /// the request <paramref name="after"/> in that order; at most <paramref name="limit"/>.
    /// </summary>
    Task<IReadOnlyList<TranscriptRequestRecord>> InStatusAsync(
        string status, DateTimeOffset receivedBefore, string? after, int limit, CancellationToken cancellationToken);
}

/// <summary>
/// A change of status: from any of <paramref name="From"/> to <paramref name="Change"/>'s status at its time, setting the
/// person and the transcript when not null, and queueing <paramref name="Push"/> when the request is pushed to.
/// </summary>
public sealed record RequestMove(
    string RequestId, IReadOnlyList<string> From, StatusChange Change, string? PersonId, string? TranscriptId, byte[]? Push);
