using CradleToCareer.Domain.Alerts;
using CradleToCareer.Application.Disclosures;
using Microsoft.Extensions.Logging;

namespace CradleToCareer.Application.Alerts;

/// <summary>
/// One attempt at one webhook delivery, made for the subscription's owner through the <see cref="DisclosureGate"/>:
/// consent is checked now, at sending time, and without one covering <c>alerts</c> the delivery is withheld for good.
/// With one, the disclosure is recorded before the alert leaves (every attempt sends the alert again, so every attempt
/// is recorded), then the alert is sent and the outcome stored; a <c>410</c> disables the subscription.
/// </summary>
public sealed class DeliverAlert(
    DisclosureGate gate, IDeliveryQueue queue, WebhookSecretSealer secrets, IWebhookSender sender, ISubscriptionSwitch subscriptions,
    TimeProvider clock, ILogger<DeliverAlert> logger)
{
    public async Task RunAsync(DueDelivery delivery, CancellationToken cancellationToken)
    {
        var owner = Caller.Owner(delivery.ClientId, delivery.OrganizationId);
        if (await gate.DiscloseAsync(owner, delivery.PersonId, DisclosureScope.Alert, _ => Task.FromResult<DueDelivery?>(delivery), cancellationToken) is null)
        {
            await queue.CompleteAsync(DeliveryOutcomes.Withheld(delivery), cancellationToken);
            logger.LogDebug("Alert {AlertId} withheld from subscription {SubscriptionId}: no consent covers alerts", delivery.AlertId, delivery.SubscriptionId);
            return;
        }

        var key = secrets.Open(delivery.SubscriptionId, delivery.SealedSecret);
        var statusCode = await sender.SendAsync(delivery.Url, delivery.AlertId, key, delivery.Body, cancellationToken);
        var update = DeliveryOutcomes.AfterAttempt(delivery, statusCode, clock.GetUtcNow(), Random.Shared.NextDouble());
        await queue.CompleteAsync(update, cancellationToken);
        if (update.Status == DeliveryStatus.Gone)
        {
            await subscriptions.DisableAsync(delivery.SubscriptionId);
        }

        logger.LogInformation(
            "Alert {AlertId} to subscription {SubscriptionId}: attempt {Attempt} answered {StatusCode}, now {Status}",
            delivery.AlertId, delivery.SubscriptionId, update.Attempts, statusCode, update.Status);
    }
}
