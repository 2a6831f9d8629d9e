using CradleToCareer.Domain.Alerts;

namespace CradleToCareer.Application.Alerts;

/// <summary>
/// The durable alert record: every person's alert ledger, append-only, numbered in one sequence. Recording an alert
/// also queues its deliveries, in the same transaction, so an alert is never recorded without them.
/// </summary>
public interface IAlertLog
{
    /// <summary>The person's ledger entries in the order they were recorded.</summary>
    Task<IReadOnlyList<LedgerEntry>> ReadPersonAsync(string personId, CancellationToken cancellationToken);

    /// <summary>
    /// Appends the entries in order, skipping any whose id is recorded already (a replay or a second activation).
    /// For every announced entry newly recorded, queues a pending delivery to each active subscription whose
    /// milestones cover it. Returns the alerts newly recorded (announced ones only), in order.
    /// </summary>
    Task<IReadOnlyList<RecordedAlert>> AppendAsync(IReadOnlyList<NewLedgerEntry> entries, CancellationToken cancellationToken);

    /// <summary>Announced alerts with a sequence number above <paramref name="afterSeq"/>, oldest first, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<RecordedAlert>> ReadAfterAsync(long afterSeq, int limit, CancellationToken cancellationToken);

    /// <summary>The sequence number of the alert with this id, or null when none has it.</summary>
    Task<long?> SeqOfAsync(string alertId, CancellationToken cancellationToken);

    /// <summary>The highest sequence number recorded so far (0 when none).</summary>
    Task<long> LastSeqAsync(CancellationToken cancellationToken);
}

/// <summary>A ledger entry to record; <paramref name="Body"/> is the signed-and-sent CloudEvents JSON, null for an entry never announced.</summary>
public sealed record NewLedgerEntry(LedgerEntry Entry, byte[]? Body, DateTimeOffset RecordedAt);

/// <summary>An announced alert as recorded: its place in the sequence and the exact body every delivery sends.</summary>
public sealed record RecordedAlert(
    long Seq, string AlertId, string PersonId, string MilestoneId, AlertKind Kind, DateOnly Date, byte[] Body, DateTimeOffset RecordedAt);
