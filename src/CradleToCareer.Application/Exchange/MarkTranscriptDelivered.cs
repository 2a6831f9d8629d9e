using CradleToCareer.Domain.Transcripts.Requests;

namespace CradleToCareer.Application.Exchange;

/// <summary>
/// An issued request's transcript reached the requester (<c>delivered</c>): its push announcing the issue was answered
/// 2xx, or the requester fetched the transcript. Only the first of these moves the request.
/// </summary>
public sealed class MarkTranscriptDelivered(ITranscriptRequestStore store, TranscriptRequestMoves moves)
{
    public async Task ByTranscriptAsync(string transcriptId, CancellationToken cancellationToken)
    {
        if (await store.FindByTranscriptAsync(transcriptId, cancellationToken) is { } request)
        {
            await MarkAsync(request, cancellationToken);
        }
    }

    public async Task ByRequestAsync(string requestId, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(requestId, cancellationToken) is { } request)
        {
            await MarkAsync(request, cancellationToken);
        }
    }

    private async Task MarkAsync(TranscriptRequestRecord request, CancellationToken cancellationToken)
    {
        if (request.Status == TranscriptRequestStatus.Issued)
        {
            await moves.MoveAsync(request, TranscriptRequestStatus.Delivered, null, null, cancellationToken);
        }
    }
}
