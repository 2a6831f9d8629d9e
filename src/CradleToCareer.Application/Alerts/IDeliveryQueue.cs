using CradleToCareer.Domain.Alerts;
namespace CradleToCareer.Application.Alerts;

/// <summary>
/// The durable outbox of webhook deliveries, one per (subscription, alert). Any silo may claim due deliveries;
/// a claim is a lease, so a silo that dies mid-send only delays its deliveries until the lease runs out.
/// </summary>
public interface IDeliveryQueue
{
    /// <summary>
    /// Leases up to <paramref name="limit"/> pending deliveries that are due (next attempt at or before
    /// <paramref name="now"/>, not leased by anyone until after <paramref name="now"/>), of active subscriptions not in
    /// <paramref name="busySubscriptions"/>, and each the oldest pending one (lowest alert sequence number) of its
    /// subscription and person, so that a person's alerts reach a subscriber in order. Leased until now + <paramref name="lease"/>.
    /// </summary>
    Task<IReadOnlyList<DueDelivery>> ClaimAsync(
        int limit, DateTimeOffset now, TimeSpan lease, IReadOnlyCollection<string> busySubscriptions, CancellationToken cancellationToken);

    /// <summary>Records an attempt's outcome (or a decision not to send) and releases the lease.</summary>
    Task CompleteAsync(DeliveryUpdate update, CancellationToken cancellationToken);

    /// <summary>The subscription's deliveries, newest alert first, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<DeliveryRecord>> ListAsync(string subscriptionId, int limit, CancellationToken cancellationToken);
}
