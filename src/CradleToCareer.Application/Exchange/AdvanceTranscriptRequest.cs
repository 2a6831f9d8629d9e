using CradleToCareer.Application.Identity;
using CradleToCareer.Application.Transcripts;
using CradleToCareer.Domain.Transcripts.Requests;

namespace CradleToCareer.Application.Exchange;

/// <summary>
/// Takes an open request as far as it can go now (exchange.md, What happens to a request): finds the person it is
/// about, and with a consent of that person's covering <c>transcript</c> for the requester issues the transcript
/// (<c>issued</c>); otherwise a received request waits (<c>awaiting-consent</c>), which is also where a request
/// about nobody stays. A request is matched on its first try only; a waiting one is looked up by its identifiers
/// (<see cref="ResolveRequestedStudent"/>). Issuing twice is harmless: a request has one transcript id, and a second issue finds it taken.
/// </summary>
public sealed class AdvanceTranscriptRequest(
    ITranscriptRequestStore store, ResolveRequestedStudent resolver, IIdentityStore identity, TranscriptIssuer issuer,
    TranscriptRequestMoves moves)
{
    /// <summary>The request as it stands afterwards.</summary>
    public async Task<TranscriptRequestRecord> RunAsync(TranscriptRequestRecord request, CancellationToken cancellationToken)
    {
        if (!TranscriptRequestTransitions.IsOpen(request.Status))
        {
            return request;
        }

        var person = request switch
        {
            { PersonId: { } known } => await identity.CurrentAsync(known, cancellationToken),
            { Status: TranscriptRequestStatus.Received } => await resolver.RunAsync(request.RequestId, request.Request.Student, cancellationToken),
            _ => await resolver.ByIdentifiersAsync(request.Request.Student, cancellationToken),
        };
        if (person is not null && await IssueAsync(request, person, cancellationToken) is { } transcriptId)
        {
            return await AfterAsync(request, TranscriptRequestStatus.Issued, person, transcriptId, cancellationToken);
        }

        if (request.Status == TranscriptRequestStatus.Received)
        {
            return await AfterAsync(request, TranscriptRequestStatus.AwaitingConsent, person, null, cancellationToken);
        }

        if (person is not null && person != request.PersonId)
        {
            await store.ResolveAsync(request.RequestId, person, cancellationToken);
            return request with { PersonId = person };
        }

        return request;
    }

    /// <summary>The transcript id once issued (now or by an earlier try), or null when no consent covers it.</summary>
    private async Task<string?> IssueAsync(TranscriptRequestRecord request, string personId, CancellationToken cancellationToken)
    {
        var requester = Caller.Owner(request.ClientId, request.OrganizationId);
        var transcriptId = TranscriptRequestIds.TranscriptIdOf(request.RequestId);
        try
        {
            var issued = await issuer.IssueAsync(
                requester, personId, transcriptId, request.Request.Purpose, request.Request.Level, cancellationToken);
            return issued is null ? null : transcriptId;
        }
        catch (TranscriptIdTakenException)
        {
            return transcriptId;
        }
    }

    private async Task<TranscriptRequestRecord> AfterAsync(
        TranscriptRequestRecord request, string status, string? personId, string? transcriptId, CancellationToken cancellationToken) =>
        await moves.MoveAsync(request, status, personId, transcriptId, cancellationToken)
        ?? await store.FindAsync(request.RequestId, cancellationToken)
        ?? request;
}
