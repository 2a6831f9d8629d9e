using CradleToCareer.Domain.Alerts;
using CradleToCareer.Domain.Profile;
using CradleToCareer.Application.Alerts;

namespace CradleToCareer.Grains.Alerts;

/// <summary>
/// One student grain's view of the person's alert ledger: read from the durable record once per activation, then
/// kept in step with what this activation records. Raising compares it with the profile and records the difference.
/// </summary>
internal sealed class PersonAlertLedger(string personId, IAlertLog alertLog, AlertLinks links, AlertPulse pulse)
{
    private List<LedgerEntry>? _entries;
    private Task _lastRaise = Task.CompletedTask;

    /// <summary>
    /// Records the alerts the profile calls for; returns how many new alerts were recorded. Raises take turns, in the
    /// order asked: the grain's after-change work interleaves with its calls, so a sweep's raise may come while another
    /// records, and two at once would both add what they recorded to the entries held here. Each takes the profile when
    /// its turn comes, so it compares the newest profile with what the raises before it recorded.
    /// </summary>
    public Task<int> RaiseAsync(Func<StudentProfile> profile, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var raise = RaiseAfterAsync(_lastRaise, profile, now, cancellationToken);
        _lastRaise = raise;
        return raise;
    }

    /// <summary>Waits for the raise before, whatever its outcome, on the grain's own scheduler, then raises.</summary>
    private async Task<int> RaiseAfterAsync(Task previous, Func<StudentProfile> profile, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await previous.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing | ConfigureAwaitOptions.ContinueOnCapturedContext);
        return await RaiseNowAsync(profile(), now, cancellationToken);
    }

    private async Task<int> RaiseNowAsync(StudentProfile profile, DateTimeOffset now, CancellationToken cancellationToken)
    {
        _entries ??= [.. await alertLog.ReadPersonAsync(personId, cancellationToken)];
        var changes = AlertLedger.Changes(profile, _entries, DateOnly.FromDateTime(now.UtcDateTime));
        if (changes.Count == 0)
        {
            return 0;
        }

        var link = links.ProgressOf(personId);
        var recorded = await alertLog.AppendAsync(
            [.. changes.Select(entry => new NewLedgerEntry(entry, Body(entry, link, now), now))], cancellationToken);
        _entries.AddRange(changes);
        if (recorded.Count > 0)
        {
            pulse.Notify();
        }

        return recorded.Count;
    }

    private static byte[]? Body(LedgerEntry entry, Uri link, DateTimeOffset now) =>
        AlertEvents.Announce(entry, link, now) is { } alert ? AlertEventJson.Serialize(alert) : null;
}
