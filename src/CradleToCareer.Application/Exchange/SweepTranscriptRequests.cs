using CradleToCareer.Domain.Transcripts.Requests;
using Microsoft.Extensions.Logging;

namespace CradleToCareer.Application.Exchange;

/// <summary>
/// What the cluster's sweep does with requests nothing else moves: a request left <c>received</c> (its first try
/// failed, or its silo died) is tried again, and after <see cref="FailAfter"/> of failures it is <c>failed</c>; a
/// request awaiting consent for <see cref="TranscriptRequestTransitions.ExpiresAfter"/> expires. On a recheck it also
/// tries every waiting request again, for a consent whose grant did not reach it (a crash in between) or a student
/// who became known after the request came.
/// </summary>
public sealed class SweepTranscriptRequests(
    ITranscriptRequestStore store, AdvanceTranscriptRequest advance, TranscriptRequestMoves moves, TimeProvider clock,
    ILogger<SweepTranscriptRequests> logger)
{
    /// <summary>How long a received request is left to its first try.</summary>
    public static readonly TimeSpan FirstTryGrace = TimeSpan.FromSeconds(10);

    /// <summary>How long a request may stay received, tried again on every sweep, before it fails.</summary>
    public static readonly TimeSpan FailAfter = TimeSpan.FromHours(1);

    private const int PageSize = 200;

    public async Task RunAsync(bool recheckWaiting, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await ForEachAsync(TranscriptRequestStatus.Received, now - FirstTryGrace, async request =>
        {
            if (now - request.ReceivedAt >= FailAfter)
            {
                await moves.MoveAsync(request, TranscriptRequestStatus.Failed, null, null, cancellationToken);
            }
            else
            {
                await advance.RunAsync(request, cancellationToken);
            }
        }, cancellationToken);
        await ForEachAsync(TranscriptRequestStatus.AwaitingConsent, now - TranscriptRequestTransitions.ExpiresAfter, request =>
            moves.MoveAsync(request, TranscriptRequestStatus.Expired, null, null, cancellationToken), cancellationToken);
        if (recheckWaiting)
        {
            await ForEachAsync(TranscriptRequestStatus.AwaitingConsent, now, request => advance.RunAsync(request, cancellationToken), cancellationToken);
        }
    }

    private async Task ForEachAsync(
        string status, DateTimeOffset receivedBefore, Func<TranscriptRequestRecord, Task> act, CancellationToken cancellationToken)
    {
        string? after = null;
        while (true)
        {
            var page = await store.InStatusAsync(status, receivedBefore, after, PageSize, cancellationToken);
            foreach (var request in page)
            {
                try
                {
                    await act(request);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    logger.LogWarning(exception, "The sweep could not take transcript request {RequestId} further; it tries again next time", request.RequestId);
                }
            }

            if (page.Count < PageSize)
            {
                return;
            }

            after = page[^1].RequestId;
        }
    }
}
