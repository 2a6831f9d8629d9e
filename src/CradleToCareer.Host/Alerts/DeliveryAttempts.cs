using CradleToCareer.Abstractions;
using CradleToCareer.Domain.Alerts;
using CradleToCareer.Domain.Disclosures;
using CradleToCareer.Storage.Alerts;
using CradleToCareer.Storage.Disclosures;

namespace CradleToCareer.Host.Alerts;

/// <summary>
/// One attempt at one delivery. Consent is checked now, at sending time: without a consent covering <c>alerts</c>
/// the delivery is withheld for good. With one, the disclosure is recorded before the alert leaves (every attempt
/// sends the alert again, so every attempt is recorded), then the alert is sent and the outcome stored.
/// </summary>
public sealed class DeliveryAttempts(
    IClusterClient cluster, IDisclosureRecord disclosures, IDeliveryQueue queue, WebhookSecretSealer secrets, WebhookSender sender,
    TimeProvider clock, ILogger<DeliveryAttempts> logger)
{
    public async Task MakeAsync(DueDelivery delivery, CancellationToken cancellationToken)
    {
        var consent = await cluster.GetGrain<IStudentGrain>(delivery.PersonId).ConsentCoveringAsync(delivery.OrganizationId, AlertEvent.ConsentScope);
        if (consent is null)
        {
            await queue.CompleteAsync(DeliveryOutcomes.Withheld(delivery), cancellationToken);
            logger.LogInformation("Alert {AlertId} withheld from subscription {SubscriptionId}: no consent covers alerts", delivery.AlertId, delivery.SubscriptionId);
            return;
        }

        await disclosures.AppendAsync(
            new Disclosure(delivery.PersonId, delivery.ClientId, delivery.OrganizationId, AlertEvent.ConsentScope, consent.ConsentId, consent.Purpose, clock.GetUtcNow()),
            cancellationToken);
        var key = secrets.Open(delivery.SubscriptionId, delivery.SealedSecret);
        var statusCode = await sender.SendAsync(delivery.Url, delivery.AlertId, key, delivery.Body, cancellationToken);
        var update = DeliveryOutcomes.AfterAttempt(delivery, statusCode, clock.GetUtcNow(), Random.Shared.NextDouble());
        await queue.CompleteAsync(update, cancellationToken);
        if (update.Status == DeliveryStatus.Gone)
        {
            await cluster.GetGrain<ISubscriptionGrain>(delivery.SubscriptionId).DisableAsync();
        }

        logger.LogInformation(
            "Alert {AlertId} to subscription {SubscriptionId}: attempt {Attempt} answered {StatusCode}, now {Status}",
            delivery.AlertId, delivery.SubscriptionId, update.Attempts, statusCode, update.Status);
    }
}
