using CradleToCareer.Application.Alerts;
using CradleToCareer.Application.Disclosures;
using CradleToCareer.Domain.Alerts;
using CradleToCareer.Domain.Transcripts.Requests;
using Microsoft.Extensions.Logging;

namespace CradleToCareer.Application.Exchange;

/// <summary>
/// One attempt at one push to a requester, through the machinery alerts use: the same sender (address rules,
/// Standard Webhooks signature, timeouts), the same retry schedule, and the same disclosure rule. A push that says the
/// transcript was issued (or later) tells the requester the student consented, so it goes only under a consent covering
/// <c>transcript</c> at sending time and is recorded as a disclosure once the connection is open; without one it is
/// withheld for good. Pushes before the issue say nothing about the student (a request about nobody gets the same ones)
/// and are not disclosures. The first 2xx to the push announcing the issue marks the request <c>delivered</c>.
/// </summary>
public sealed class DeliverTranscriptPush(
    DisclosureGate gate, ITranscriptPushQueue queue, WebhookSecretSealer secrets, IWebhookSender sender, MarkTranscriptDelivered delivered,
    TimeProvider clock, ILogger<DeliverTranscriptPush> logger)
{
    public async Task RunAsync(DuePush push, CancellationToken cancellationToken)
    {
        DisclosureOnce? disclosure = null;
        if (push.PersonId is { } personId && RevealsConsent(push.Status))
        {
            var owner = Caller.Owner(push.ClientId, push.OrganizationId);
            if (await gate.ConsentAsync(owner, personId, DisclosureScope.Transcript) is not { } pending)
            {
                await queue.CompleteAsync(
                    new PushUpdate(push.RequestId, push.Status, DeliveryStatus.Withheld, push.Attempts, null, push.FirstAttemptAt, null, null),
                    cancellationToken);
                logger.LogDebug("Push {WebhookId} withheld: no consent covers transcript", TranscriptRequestPush.IdOf(push.RequestId, push.Status));
                return;
            }

            disclosure = new DisclosureOnce(gate, pending, cancellationToken);
        }

        var webhookId = TranscriptRequestPush.IdOf(push.RequestId, push.Status);
        var message = new WebhookMessage(push.Url, webhookId, secrets.Open(push.RequestId, push.SealedSecret), push.Body);
        var attempt = await sender.SendAsync(message, disclosure is null ? () => Task.CompletedTask : disclosure.RecordAsync, cancellationToken);
        if (disclosure is not null)
        {
            await disclosure.ThrowIfFailedAsync();
        }

        var now = clock.GetUtcNow();
        var attempts = push.Attempts + 1;
        var first = push.FirstAttemptAt ?? now;
        var (status, next) = DeliveryOutcomes.After(first, attempts, attempt.StatusCode, now, Random.Shared.NextDouble());
        await queue.CompleteAsync(new PushUpdate(push.RequestId, push.Status, status, attempts, attempt.StatusCode, first, now, next), cancellationToken);
        if (status == DeliveryStatus.Delivered && push.Status == TranscriptRequestStatus.Issued)
        {
            await delivered.ByRequestAsync(push.RequestId, cancellationToken);
        }

        logger.LogInformation(
            "Push {WebhookId}: attempt {Attempt} answered {StatusCode} ({Failure}), now {Status}, next attempt at {NextAttemptAt}",
            webhookId, attempts, attempt.StatusCode, attempt.Failure, status, next);
    }

    private static bool RevealsConsent(string status) =>
        status is TranscriptRequestStatus.Issued or TranscriptRequestStatus.Delivered or TranscriptRequestStatus.Acknowledged;
}
