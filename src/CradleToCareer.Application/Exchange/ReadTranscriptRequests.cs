using CradleToCareer.Domain.Transcripts.Requests;

namespace CradleToCareer.Application.Exchange;

/// <summary>
/// A requesting organization reads its own requests; any other caller gets nothing, as for an id that does not exist.
/// Reading a request discloses nothing about the student: it shows what the requester sent and where the request stands,
/// and a request about nobody reads like one awaiting consent.
/// </summary>
public sealed class ReadTranscriptRequests(ITranscriptRequestStore store)
{
    public const int MaxPageSize = 200;

    public async Task<TranscriptRequestRecord?> FindAsync(Caller caller, string requestId, CancellationToken cancellationToken) =>
        TranscriptRequestIds.IsWellFormed(requestId)
        && await store.FindAsync(requestId, cancellationToken) is { } request
        && request.OrganizationId == caller.OrganizationId
            ? request
            : null;

    /// <summary>The caller's organization's requests, newest first.</summary>
    public Task<IReadOnlyList<TranscriptRequestRecord>> ListAsync(
        Caller caller, string? status, string? after, int limit, CancellationToken cancellationToken) =>
        store.ListAsync(caller.OrganizationId, status, after, Math.Clamp(limit, 1, MaxPageSize), cancellationToken);
}
