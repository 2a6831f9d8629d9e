using CradleToCareer.Application.Alerts;
using CradleToCareer.Domain.Alerts;

namespace CradleToCareer.Storage.InMemory.Alerts;

/// <summary>
/// The embedded default's alert data, shared by its alert log, subscription store and delivery queue (one instance,
/// a singleton): the ledger, the subscriptions and the deliveries, in process memory, under one lock. An append
/// records its alerts and queues their deliveries under that lock, as the PostgreSQL append does in one transaction.
/// Byte arrays are copied in and out, so no caller can change what is kept.
/// </summary>
public sealed class InMemoryAlerts
{
    internal Lock Gate { get; } = new();

    /// <summary>Every ledger entry in sequence order: the entry at index n has sequence number n + 1.</summary>
    internal List<KeptEntry> Ledger { get; } = [];

    internal Dictionary<string, KeptEntry> LedgerById { get; } = new(StringComparer.Ordinal);

    internal Dictionary<string, List<KeptEntry>> LedgerByPerson { get; } = new(StringComparer.Ordinal);

    internal Dictionary<string, StoredSubscription> Subscriptions { get; } = new(StringComparer.Ordinal);

    internal Dictionary<(string SubscriptionId, string AlertId), KeptDelivery> Deliveries { get; } = [];
}

internal sealed record KeptEntry(long Seq, LedgerEntry Entry, byte[]? Body, DateTimeOffset RecordedAt);

internal sealed record KeptDelivery(
    string SubscriptionId,
    string AlertId,
    long AlertSeq,
    string PersonId,
    string Status,
    int Attempts,
    int? LastResponseCode,
    DateTimeOffset QueuedAt,
    DateTimeOffset? FirstAttemptAt,
    DateTimeOffset? LastAttemptAt,
    DateTimeOffset? NextAttemptAt,
    DateTimeOffset? LeasedUntil);
