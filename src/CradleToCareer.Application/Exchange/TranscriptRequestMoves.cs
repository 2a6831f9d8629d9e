using CradleToCareer.Domain.Transcripts.Requests;

namespace CradleToCareer.Application.Exchange;

/// <summary>
/// Moves a request to a new status (<see cref="TranscriptRequestTransitions"/>), now, and queues the push announcing it
/// when the request is pushed to, in one write.
/// </summary>
public sealed class TranscriptRequestMoves(ITranscriptRequestStore store, TranscriptLinks links, TranscriptPushPulse pushQueued, TimeProvider clock)
{
    /// <summary>The request after the move; null when it was no longer in a status it may move to <paramref name="status"/> from.</summary>
    public async Task<TranscriptRequestRecord?> MoveAsync(
        TranscriptRequestRecord request, string status, string? personId, string? transcriptId, CancellationToken cancellationToken)
    {
        var change = new StatusChange(status, clock.GetUtcNow());
        var moved = request with
        {
            Status = status,
            PersonId = personId ?? request.PersonId,
            TranscriptId = transcriptId ?? request.TranscriptId,
            History = [.. request.History, change],
        };
        var push = request.Request.DeliveryUrl is null
            ? null
            : TranscriptRequestPush.Serialize(moved, change, moved.TranscriptId is { } issued ? links.TranscriptOf(issued) : null);
        var from = TranscriptRequestTransitions.From(status);
        if (!await store.MoveAsync(new RequestMove(request.RequestId, from, change, personId, transcriptId, push), cancellationToken))
        {
            return null;
        }

        if (push is not null)
        {
            pushQueued.Notify();
        }

        return moved;
    }
}
