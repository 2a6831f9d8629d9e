using CradleToCareer.Application.Alerts;
using CradleToCareer.Domain.Alerts;

namespace CradleToCareer.Host.Alerts;

/// <summary>Alerts' webhook deliveries, one receiver per subscription.</summary>
public sealed class AlertOutbox(IDeliveryQueue queue, DeliverAlert deliver, AlertPulse alertsRecorded) : IWebhookOutbox<DueDelivery>
{
    public Task Queued => alertsRecorded.Next;

    public Task<IReadOnlyList<DueDelivery>> ClaimAsync(
        int limit, DateTimeOffset now, TimeSpan lease, IReadOnlyCollection<string> busyReceivers, CancellationToken cancellationToken) =>
        queue.ClaimAsync(limit, now, lease, busyReceivers, cancellationToken);

    public string ReceiverOf(DueDelivery due) => due.SubscriptionId;

    public Task SendAsync(DueDelivery due, CancellationToken cancellationToken) => deliver.RunAsync(due, cancellationToken);

    public string Describe(DueDelivery due) => $"alert {due.AlertId} to subscription {due.SubscriptionId}";
}
