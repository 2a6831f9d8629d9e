using CradleToCareer.Application.Disclosures;

namespace CradleToCareer.Application.Alerts;

/// <summary>
/// The caller's alerts, live, from the durable alert record: every alert after a starting point, each passed through
/// the <see cref="DisclosureGate"/> at sending time, so only the students whose consent to the caller's organization
/// covers <c>alerts</c> at that moment are sent, and each one sent is a recorded disclosure.
/// </summary>
public sealed class StreamAlerts(IAlertLog alerts, DisclosureGate gate, AlertPulse pulse, TimeProvider clock)
{
    private const int PageSize = 200;
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);

    /// <summary>How long after an alert is recorded its transaction is taken to have committed, if it ever will.</summary>
    private static readonly TimeSpan CommitSlack = TimeSpan.FromSeconds(5);

    /// <summary>Where a stream starts: after the named alert, or at the newest one; null when the id names no alert.</summary>
    public async Task<long?> StartAsync(string? lastEventId, CancellationToken cancellationToken) =>
        string.IsNullOrEmpty(lastEventId)
            ? await alerts.LastSeqAsync(cancellationToken)
            : await alerts.SeqOfAsync(lastEventId, cancellationToken);

    /// <summary>Sends every consented alert after <paramref name="cursor"/> to the sink until cancelled.</summary>
    public async Task RunAsync(Caller caller, long cursor, IAlertStreamSink sink, CancellationToken cancellationToken)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (!cancellationToken.IsCancellationRequested)
        {
            var recorded = pulse.Next;
            var unsettled = await ReadAllAfterAsync(cursor, cancellationToken);
            var news = 0;
            foreach (var alert in unsettled.Where(alert => seen.Add(alert.AlertId)))
            {
                news++;
                if (await gate.DiscloseAsync(
                        caller, alert.PersonId, DisclosureScope.Alert, _ => Task.FromResult<RecordedAlert?>(alert), cancellationToken) is { } sent)
                {
                    await sink.SendAsync(sent, cancellationToken);
                }
            }

            cursor = SettledCursor(unsettled, cursor, seen, clock.GetUtcNow() - CommitSlack);
            if (news == 0)
            {
                await Task.WhenAny(recorded, Task.Delay(PollInterval, cancellationToken));
            }

            await sink.IdleAsync(cancellationToken);
        }
    }

    /// <summary>Every alert after the cursor, page by page: the cursor trails by <see cref="CommitSlack"/>, so this stays short.</summary>
    private async Task<List<RecordedAlert>> ReadAllAfterAsync(long cursor, CancellationToken cancellationToken)
    {
        var all = new List<RecordedAlert>();
        IReadOnlyList<RecordedAlert> page;
        do
        {
            page = await alerts.ReadAfterAsync(all.Count == 0 ? cursor : all[^1].Seq, PageSize, cancellationToken);
            all.AddRange(page);
        }
        while (page.Count == PageSize);

        return all;
    }

    /// <summary>
    /// Moves the cursor over the alerts recorded before <paramref name="settledBefore"/> and forgets them. Sequence
    /// numbers are drawn before commit, so a younger alert may still be joined by a lower-numbered one committing late;
    /// the cursor stays behind the young ones and <paramref name="seen"/> keeps them from being sent twice.
    /// </summary>
    private static long SettledCursor(IReadOnlyList<RecordedAlert> page, long cursor, HashSet<string> seen, DateTimeOffset settledBefore)
    {
        foreach (var alert in page.TakeWhile(alert => alert.RecordedAt < settledBefore))
        {
            cursor = alert.Seq;
            seen.Remove(alert.AlertId);
        }

        return cursor;
    }
}
