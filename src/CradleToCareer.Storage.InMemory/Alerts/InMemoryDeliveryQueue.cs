using CradleToCareer.Domain.Alerts;
using CradleToCareer.Application.Alerts;
namespace CradleToCareer.Storage.InMemory.Alerts;

/// <summary>The embedded default's delivery outbox: the same semantics as <see cref="PostgresDeliveryQueue"/>, in process memory.</summary>
public sealed class InMemoryDeliveryQueue(InMemoryAlerts alerts) : IDeliveryQueue
{
    public Task<IReadOnlyList<DueDelivery>> ClaimAsync(
        int limit, DateTimeOffset now, TimeSpan lease, IReadOnlyCollection<string> busySubscriptions, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lease, TimeSpan.Zero);
        ArgumentNullException.ThrowIfNull(busySubscriptions);
        lock (alerts.Gate)
        {
            var pending = alerts.Deliveries.Values.Where(d => d.Status == DeliveryStatus.Pending).ToList();
            var oldestPending = pending
                .GroupBy(d => (d.SubscriptionId, d.PersonId))
                .ToDictionary(group => group.Key, group => group.Min(d => d.AlertSeq));
            var picked = pending
                .Where(d => d.NextAttemptAt <= now
                    && (d.LeasedUntil is null || d.LeasedUntil <= now)
                    && alerts.Subscriptions[d.SubscriptionId].Status == SubscriptionStatus.Active
                    && !busySubscriptions.Contains(d.SubscriptionId, StringComparer.Ordinal)
                    && oldestPending[(d.SubscriptionId, d.PersonId)] == d.AlertSeq)
                .OrderBy(d => d.NextAttemptAt)
                .ThenBy(d => d.AlertSeq)
                .Take(limit)
                .ToList();

            var claimed = new List<DueDelivery>(picked.Count);
            foreach (var delivery in picked)
            {
                alerts.Deliveries[(delivery.SubscriptionId, delivery.AlertId)] = delivery with { LeasedUntil = now + lease };
                claimed.Add(Due(delivery));
            }

            return Task.FromResult<IReadOnlyList<DueDelivery>>(claimed);
        }
    }

    public Task CompleteAsync(DeliveryUpdate update, CancellationToken cancellationToken)
    {
        AlertArguments.CheckUpdate(update);
        lock (alerts.Gate)
        {
            var key = (update.SubscriptionId, update.AlertId);
            if (alerts.Deliveries.TryGetValue(key, out var delivery) && DeliveryCompletion.Applies(delivery.Status, update.Status))
            {
                alerts.Deliveries[key] = delivery with
                {
                    Status = update.Status,
                    Attempts = update.Attempts,
                    LastResponseCode = update.LastResponseCode,
                    FirstAttemptAt = update.FirstAttemptAt,
                    LastAttemptAt = update.LastAttemptAt,
                    NextAttemptAt = update.NextAttemptAt,
                    LeasedUntil = null,
                };
            }
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<DeliveryRecord>> ListAsync(string subscriptionId, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        lock (alerts.Gate)
        {
            IReadOnlyList<DeliveryRecord> listed =
            [
                .. alerts.Deliveries.Values
                    .Where(d => d.SubscriptionId == subscriptionId)
                    .OrderByDescending(d => d.AlertSeq)
                    .Take(limit)
                    .Select(d => new DeliveryRecord(
                        d.AlertId, d.AlertSeq, d.PersonId, d.Status, d.Attempts, d.LastResponseCode, d.QueuedAt, d.LastAttemptAt, d.NextAttemptAt)),
            ];
            return Task.FromResult(listed);
        }
    }

    /// <summary>Callers hold the gate.</summary>
    private DueDelivery Due(KeptDelivery delivery)
    {
        var subscription = alerts.Subscriptions[delivery.SubscriptionId];
        return new DueDelivery(
            delivery.SubscriptionId,
            delivery.AlertId,
            delivery.AlertSeq,
            delivery.PersonId,
            subscription.OrganizationId,
            subscription.ClientId,
            subscription.Url,
            [.. subscription.SealedSecret],
            [.. alerts.LedgerById[delivery.AlertId].Body!],
            delivery.Attempts,
            delivery.FirstAttemptAt);
    }
}
