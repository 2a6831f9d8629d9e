using CradleToCareer.Application.Alerts;
using CradleToCareer.Domain.Alerts;

namespace CradleToCareer.Storage.InMemory.Alerts;

/// <summary>The embedded default's alert ledger: the same semantics as <see cref="PostgresAlertLog"/>, in process memory.</summary>
public sealed class InMemoryAlertLog(InMemoryAlerts alerts) : IAlertLog
{
    public Task<IReadOnlyList<LedgerEntry>> ReadPersonAsync(string personId, CancellationToken cancellationToken)
    {
        lock (alerts.Gate)
        {
            IReadOnlyList<LedgerEntry> entries = alerts.LedgerByPerson.TryGetValue(personId, out var kept)
                ? [.. kept.Select(e => e.Entry)]
                : [];
            return Task.FromResult(entries);
        }
    }

    public Task<IReadOnlyList<RecordedAlert>> AppendAsync(IReadOnlyList<NewLedgerEntry> entries, CancellationToken cancellationToken)
    {
        AlertArguments.CheckEntries(entries);
        var recorded = new List<RecordedAlert>();
        lock (alerts.Gate)
        {
            foreach (var entry in entries)
            {
                if (alerts.LedgerById.ContainsKey(entry.Entry.AlertId))
                {
                    continue;
                }

                var kept = Keep(entry);
                if (kept.Body is not null)
                {
                    QueueDeliveries(kept);
                    recorded.Add(Recorded(kept));
                }
            }
        }

        return Task.FromResult<IReadOnlyList<RecordedAlert>>(recorded);
    }

    public Task<IReadOnlyList<RecordedAlert>> ReadAfterAsync(long afterSeq, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        lock (alerts.Gate)
        {
            var start = (int)Math.Clamp(afterSeq, 0, alerts.Ledger.Count);
            IReadOnlyList<RecordedAlert> read = [.. alerts.Ledger.Skip(start).Where(e => e.Body is not null).Take(limit).Select(Recorded)];
            return Task.FromResult(read);
        }
    }

    public Task<long?> SeqOfAsync(string alertId, CancellationToken cancellationToken)
    {
        lock (alerts.Gate)
        {
            return Task.FromResult(alerts.LedgerById.TryGetValue(alertId, out var kept) && kept.Body is not null ? kept.Seq : (long?)null);
        }
    }

    public Task<long> LastSeqAsync(CancellationToken cancellationToken)
    {
        lock (alerts.Gate)
        {
            return Task.FromResult((long)alerts.Ledger.Count);
        }
    }

    /// <summary>Callers hold the gate.</summary>
    private KeptEntry Keep(NewLedgerEntry entry)
    {
        var kept = new KeptEntry(alerts.Ledger.Count + 1, entry.Entry, entry.Body?.ToArray(), entry.RecordedAt);
        alerts.Ledger.Add(kept);
        alerts.LedgerById[entry.Entry.AlertId] = kept;
        if (!alerts.LedgerByPerson.TryGetValue(entry.Entry.PersonId, out var personal))
        {
            alerts.LedgerByPerson[entry.Entry.PersonId] = personal = [];
        }

        personal.Add(kept);
        return kept;
    }

    /// <summary>One pending delivery, due at once, per active subscription covering the alert. Callers hold the gate.</summary>
    private void QueueDeliveries(KeptEntry alert)
    {
        var covering = alerts.Subscriptions.Values.Where(s =>
            s.Status == SubscriptionStatus.Active && SubscribableIds.Covers(s.Milestones, alert.Entry.MilestoneId));
        foreach (var subscription in covering)
        {
            alerts.Deliveries[(subscription.SubscriptionId, alert.Entry.AlertId)] = new KeptDelivery(
                subscription.SubscriptionId, alert.Entry.AlertId, alert.Seq, alert.Entry.PersonId, DeliveryStatus.Pending, 0, null,
                alert.RecordedAt, null, null, alert.RecordedAt, null);
        }
    }

    private static RecordedAlert Recorded(KeptEntry kept) => new(
        kept.Seq,
        kept.Entry.AlertId,
        kept.Entry.PersonId,
        kept.Entry.MilestoneId,
        LedgerMarks.AlertKindOf(kept.Entry.Mark) ?? throw new InvalidOperationException($"Mark {kept.Entry.Mark} is never announced."),
        kept.Entry.Date,
        [.. kept.Body!],
        kept.RecordedAt);
}
