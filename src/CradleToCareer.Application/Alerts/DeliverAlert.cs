using CradleToCareer.Domain.Alerts;
using CradleToCareer.Application.Diagnostics;
using CradleToCareer.Application.Disclosures;
using Microsoft.Extensions.Logging;

namespace CradleToCareer.Application.Alerts;

/// <summary>
/// One attempt at one webhook delivery, made for the subscription's owner through the <see cref="DisclosureGate"/>:
/// consent is checked now, at sending time, and without one covering <c>alerts</c> the delivery is withheld for good.
/// With one, the alert is sent; the disclosure is recorded when the connection to the receiver is open, before the
/// alert's body leaves, so every attempt that could have reached the receiver is recorded and one that never
/// connected (the name does not resolve, the address or the connection is refused) is not. The outcome is stored
/// either way and the retry schedule goes on; a <c>410</c> disables the subscription, before the delivery is recorded
/// gone. Each attempt logs one line; an ordinary network failure is named, not traced, and only an unexpected one keeps
/// its exception.
/// </summary>
public sealed class DeliverAlert(
    DisclosureGate gate, IDeliveryQueue queue, WebhookSecretSealer secrets, IWebhookSender sender, ISubscriptionSwitch subscriptions,
    TimeProvider clock, ILogger<DeliverAlert> logger)
{
    public async Task RunAsync(DueDelivery delivery, CancellationToken cancellationToken)
    {
        var owner = Caller.Owner(delivery.ClientId, delivery.OrganizationId);
        if (await gate.ConsentAsync(owner, delivery.PersonId, DisclosureScope.Alert) is not { } pending)
        {
            await queue.CompleteAsync(DeliveryOutcomes.Withheld(delivery), cancellationToken);
            AlertTelemetry.Withheld();
            logger.LogDebug("Alert {AlertId} withheld from subscription {SubscriptionId}: no consent covers alerts", delivery.AlertId, delivery.SubscriptionId);
            return;
        }

        var disclosure = new DisclosureOnce(gate, pending, cancellationToken);
        var message = new WebhookMessage(delivery.Url, delivery.AlertId, secrets.Open(delivery.SubscriptionId, delivery.SealedSecret), delivery.Body);
        var attempt = await sender.SendAsync(message, disclosure.RecordAsync, cancellationToken);
        await disclosure.ThrowIfFailedAsync();
        var update = DeliveryOutcomes.AfterAttempt(delivery, attempt.StatusCode, clock.GetUtcNow(), Random.Shared.NextDouble());
        if (update.Status == DeliveryStatus.Gone)
        {
            // Disabled before the delivery reads gone, so whoever sees the gone delivery sees the subscription disabled.
            await subscriptions.DisableAsync(delivery.SubscriptionId);
        }

        await queue.CompleteAsync(update, cancellationToken);
        AlertTelemetry.Attempted(update.Status, attempt.Failure);

        Log(delivery, update, attempt, disclosure.Recorded);
    }

    private void Log(DueDelivery delivery, DeliveryUpdate update, WebhookAttempt attempt, bool disclosed)
    {
        if (attempt.Failure == WebhookFailure.None)
        {
            logger.LogInformation(
                "Alert {AlertId} to subscription {SubscriptionId}: attempt {Attempt} answered {StatusCode}, now {Status}",
                delivery.AlertId, delivery.SubscriptionId, update.Attempts, attempt.StatusCode, update.Status);
        }
        else if (attempt.Unexpected is { } exception)
        {
            logger.LogWarning(
                exception,
                "Alert {AlertId} to subscription {SubscriptionId}: attempt {Attempt} failed unexpectedly (disclosed: {Disclosed}), now {Status}, next attempt at {NextAttemptAt}",
                delivery.AlertId, delivery.SubscriptionId, update.Attempts, disclosed, update.Status, update.NextAttemptAt);
        }
        else
        {
            logger.LogInformation(
                "Alert {AlertId} to subscription {SubscriptionId}: attempt {Attempt} got no answer: {Failure} (disclosed: {Disclosed}), now {Status}, next attempt at {NextAttemptAt}",
                delivery.AlertId, delivery.SubscriptionId, update.Attempts, attempt.Failure, disclosed, update.Status, update.NextAttemptAt);
        }
    }
}
