using CradleToCareer.Domain.Transcripts.Requests;

namespace CradleToCareer.Application.Exchange;

/// <summary>What a requester's change to its request came to.</summary>
public abstract record ChangeOutcome
{
    private ChangeOutcome()
    {
    }

    /// <summary>No such request of the caller's organization.</summary>
    public sealed record NotFound : ChangeOutcome;

    /// <summary>The request's status does not allow the change; it stays as it is.</summary>
    public sealed record Conflict(TranscriptRequestRecord Request) : ChangeOutcome;

    public sealed record Changed(TranscriptRequestRecord Request) : ChangeOutcome;
}

/// <summary>
/// The requester cancels its request while it is not yet issued (<c>canceled</c>), or confirms receipt of the issued
/// transcript (<c>acknowledged</c>). A change the request's status does not allow is a conflict and changes nothing;
/// confirming twice answers the request as it is.
/// </summary>
public sealed class ChangeTranscriptRequest(ReadTranscriptRequests requests, TranscriptRequestMoves moves)
{
    public Task<ChangeOutcome> CancelAsync(Caller caller, string requestId, CancellationToken cancellationToken) =>
        ChangeAsync(caller, requestId, TranscriptRequestStatus.Canceled, cancellationToken);

    public Task<ChangeOutcome> AcknowledgeAsync(Caller caller, string requestId, CancellationToken cancellationToken) =>
        ChangeAsync(caller, requestId, TranscriptRequestStatus.Acknowledged, cancellationToken);

    private async Task<ChangeOutcome> ChangeAsync(Caller caller, string requestId, string status, CancellationToken cancellationToken)
    {
        if (await requests.FindAsync(caller, requestId, cancellationToken) is not { } request)
        {
            return new ChangeOutcome.NotFound();
        }

        if (request.Status == status && status == TranscriptRequestStatus.Acknowledged)
        {
            return new ChangeOutcome.Changed(request);
        }

        if (TranscriptRequestTransitions.IsAllowed(request.Status, status)
            && await moves.MoveAsync(request, status, null, null, cancellationToken) is { } moved)
        {
            return new ChangeOutcome.Changed(moved);
        }

        return new ChangeOutcome.Conflict(await requests.FindAsync(caller, requestId, cancellationToken) ?? request);
    }
}
