using System.Collections.Concurrent;
using CradleToCareer.Application.Alerts;
using CradleToCareer.Domain.Alerts;

namespace CradleToCareer.Host.Tests.Grains;

/// <summary>
/// The given alert log, except that a test may hold one person's appends at a gate: the student grain's after-change
/// work then waits there, as it would on a slow database, for as long as the test likes.
/// </summary>
public sealed class HeldAlertLog(IAlertLog log) : IAlertLog
{
    private readonly ConcurrentDictionary<string, AlertGate> _gates = new(StringComparer.Ordinal);

    /// <summary>Holds the person's appends from now until the returned gate is opened.</summary>
    public AlertGate Hold(string personId) => _gates[personId] = new AlertGate();

    public Task<IReadOnlyList<LedgerEntry>> ReadPersonAsync(string personId, CancellationToken cancellationToken) =>
        log.ReadPersonAsync(personId, cancellationToken);

    public async Task<IReadOnlyList<RecordedAlert>> AppendAsync(IReadOnlyList<NewLedgerEntry> entries, CancellationToken cancellationToken)
    {
        if (entries.Count > 0 && _gates.TryGetValue(entries[0].Entry.PersonId, out var gate))
        {
            await gate.PassAsync(cancellationToken);
        }

        return await log.AppendAsync(entries, cancellationToken);
    }

    public Task<IReadOnlyList<RecordedAlert>> ReadAfterAsync(long afterSeq, int limit, CancellationToken cancellationToken) =>
        log.ReadAfterAsync(afterSeq, limit, cancellationToken);

    public Task<long?> SeqOfAsync(string alertId, CancellationToken cancellationToken) => log.SeqOfAsync(alertId, cancellationToken);

    public Task<long> LastSeqAsync(CancellationToken cancellationToken) => log.LastSeqAsync(cancellationToken);
}

/// <summary>Where one person's alert appends wait until the test opens it.</summary>
public sealed class AlertGate
{
    private readonly TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _opened = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes once an append has come to the gate (and, unless it is open, waits there).</summary>
    public Task Reached => _reached.Task;

    /// <summary>Lets the waiting append and every later one through.</summary>
    public void Open() => _opened.TrySetResult();

    internal Task PassAsync(CancellationToken cancellationToken)
    {
        _reached.TrySetResult();
        return _opened.Task.WaitAsync(cancellationToken);
    }
}
