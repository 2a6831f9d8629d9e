using CradleToCareer.Domain.Alerts;
namespace CradleToCareer.Application.Alerts;

/// <summary>The argument checks every alert store makes, so the durable and in-memory ones refuse the same calls.</summary>
public static class AlertArguments
{
    private static readonly string[] DeliveryStatuses =
    [
        DeliveryStatus.Pending, DeliveryStatus.Delivered, DeliveryStatus.Dead,
        DeliveryStatus.Gone, DeliveryStatus.Withheld, DeliveryStatus.Cancelled,
    ];

    /// <summary>An announced entry carries the body its deliveries send; an entry only kept carries none.</summary>
    public static void CheckEntries(IReadOnlyList<NewLedgerEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        foreach (var entry in entries)
        {
            if (entry.Entry.IsAnnounced != (entry.Body is not null))
            {
                throw new ArgumentException(
                    $"Ledger entry {entry.Entry.AlertId}: an announced entry needs its body, and an entry never announced has none.",
                    nameof(entries));
            }
        }
    }

    /// <summary>A known status, with a next attempt time exactly while the delivery stays pending.</summary>
    public static void CheckUpdate(DeliveryUpdate update)
    {
        ArgumentNullException.ThrowIfNull(update);
        if (!DeliveryStatuses.Contains(update.Status, StringComparer.Ordinal))
        {
            throw new ArgumentException($"\"{update.Status}\" is not a delivery status.", nameof(update));
        }

        if ((update.Status == DeliveryStatus.Pending) != update.NextAttemptAt.HasValue)
        {
            throw new ArgumentException("A delivery has a next attempt time exactly while it stays pending.", nameof(update));
        }
    }

    public static void CheckEndStatus(string status)
    {
        if (status is not (SubscriptionStatus.Stopped or SubscriptionStatus.Disabled))
        {
            throw new ArgumentException(
                $"A subscription ends as \"{SubscriptionStatus.Stopped}\" or \"{SubscriptionStatus.Disabled}\", not \"{status}\".", nameof(status));
        }
    }
}
