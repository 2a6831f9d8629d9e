using CradleToCareer.Application.Alerts;
using CradleToCareer.Application.Identity;
using CradleToCareer.Domain.Alerts;
using CradleToCareer.Domain.Transcripts.Requests;
using Microsoft.Extensions.Logging;

namespace CradleToCareer.Application.Exchange;

/// <summary>A request kept, as it stands after the first try, and the secret its pushes are signed with (shown this once).</summary>
public sealed record SubmittedRequest(TranscriptRequestRecord Request, string? DeliverySecret);

/// <summary>
/// A college's transcript request (exchange.md), already read and validated: kept durably as <c>received</c> before
/// anything else happens, then taken as far as it goes at once. If that first try fails, the request stays
/// <c>received</c> and the sweep takes it up; what was acknowledged is never lost. A request pushed to gets its
/// signing secret here: the one it named, or a new one. An answer that is not <c>issued</c> takes at least
/// <see cref="ResolveStudent.MinimumAnswerTime"/>, as a resolve miss does, so its timing does not tell a request about
/// nobody from one about a student who has not consented.
/// </summary>
public sealed class SubmitTranscriptRequest(
    ITranscriptRequestStore store, WebhookSecretSealer sealer, AdvanceTranscriptRequest advance, TimeProvider clock,
    ILogger<SubmitTranscriptRequest> logger)
{
    public async Task<SubmittedRequest> RunAsync(
        Caller caller, RequestedTranscript requested, string? deliverySecret, CancellationToken cancellationToken)
    {
        var floor = Task.Delay(ResolveStudent.MinimumAnswerTime, clock, cancellationToken);
        var requestId = TranscriptRequestIds.New();
        var now = clock.GetUtcNow();
        var secret = requested.DeliveryUrl is null ? null : deliverySecret ?? WebhookSecret.Generate();
        var sealedSecret = secret is not null && WebhookSecret.TryParse(secret, out var key) ? sealer.Seal(requestId, key) : null;
        var request = new TranscriptRequestRecord(
            requestId, caller.OrganizationId, caller.ClientId, requested, null, TranscriptRequestStatus.Received, null, now,
            [new StatusChange(TranscriptRequestStatus.Received, now)]);
        await store.AddAsync(request, sealedSecret, cancellationToken);
        try
        {
            request = await advance.RunAsync(request, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "Transcript request {RequestId} is kept but could not be taken further now; the sweep tries again", requestId);
        }

        if (request.Status != TranscriptRequestStatus.Issued)
        {
            await floor;
        }

        return new SubmittedRequest(request, secret);
    }
}
