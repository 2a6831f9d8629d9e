using CradleToCareer.Domain.Alerts;
using CradleToCareer.Application.Alerts;
namespace CradleToCareer.Storage.InMemory.Alerts;

/// <summary>The embedded default's subscriptions: the same semantics as <see cref="PostgresSubscriptionStore"/>, in process memory.</summary>
public sealed class InMemorySubscriptionStore(InMemoryAlerts alerts) : ISubscriptionStore
{
    public Task<SubscriptionCreation> CreateAsync(StoredSubscription subscription, int activeLimit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        lock (alerts.Gate)
        {
            var active = alerts.Subscriptions.Values.Count(kept =>
                kept.OrganizationId == subscription.OrganizationId && kept.Status == SubscriptionStatus.Active);
            if (active >= activeLimit)
            {
                return Task.FromResult(SubscriptionCreation.LimitReached);
            }

            return Task.FromResult(alerts.Subscriptions.TryAdd(subscription.SubscriptionId, Copy(subscription))
                ? SubscriptionCreation.Created
                : SubscriptionCreation.IdTaken);
        }
    }

    public Task<StoredSubscription?> FindAsync(string subscriptionId, CancellationToken cancellationToken)
    {
        lock (alerts.Gate)
        {
            return Task.FromResult(alerts.Subscriptions.TryGetValue(subscriptionId, out var kept) ? Copy(kept) : null);
        }
    }

    public Task<StoredSubscription?> EndAsync(string subscriptionId, string status, DateTimeOffset at, CancellationToken cancellationToken)
    {
        AlertArguments.CheckEndStatus(status);
        lock (alerts.Gate)
        {
            if (!alerts.Subscriptions.TryGetValue(subscriptionId, out var kept))
            {
                return Task.FromResult<StoredSubscription?>(null);
            }

            if (kept.Status == SubscriptionStatus.Active)
            {
                alerts.Subscriptions[subscriptionId] = kept = kept with { Status = status, EndedAt = at };
                CancelPending(subscriptionId);
            }

            return Task.FromResult<StoredSubscription?>(Copy(kept));
        }
    }

    /// <summary>Callers hold the gate.</summary>
    private void CancelPending(string subscriptionId)
    {
        var pending = alerts.Deliveries.Values
            .Where(d => d.SubscriptionId == subscriptionId && d.Status == DeliveryStatus.Pending)
            .ToList();
        foreach (var delivery in pending)
        {
            alerts.Deliveries[(delivery.SubscriptionId, delivery.AlertId)] =
                delivery with { Status = DeliveryStatus.Cancelled, NextAttemptAt = null, LeasedUntil = null };
        }
    }

    private static StoredSubscription Copy(StoredSubscription subscription) =>
        subscription with { Milestones = [.. subscription.Milestones], SealedSecret = [.. subscription.SealedSecret] };
}
