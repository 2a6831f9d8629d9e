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

    /// <summary>Records the alerts the profile calls for; returns how many new alerts were recorded.</summary>
    public async Task<int> RaiseAsync(StudentProfile profile, DateTimeOffset now, CancellationToken cancellationToken)
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
