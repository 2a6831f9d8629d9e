using CradleToCareer.Application.Disclosures;
using CradleToCareer.Domain.Alerts;

namespace CradleToCareer.Application.Alerts;

/// <summary>
/// The alerts of one student that reach a caller while it watches that student, as <see cref="StreamAlerts"/> would
/// send them: each alert recorded after the watch began, passed through the <see cref="DisclosureGate"/> when it is
/// shown, so it is shown only while the student's consent to the caller's organization covers <c>alerts</c>, and each
/// one shown is a recorded disclosure. An alert found without such a consent is passed over for good, as the stream
/// passes it over.
/// </summary>
public sealed class WatchStudentAlerts(IAlertLog alerts, DisclosureGate gate)
{
    /// <summary>The ids of the alerts recorded for the person so far: where a watch begins. Nothing leaves here.</summary>
    public async Task<HashSet<string>> StartAsync(string personId, CancellationToken cancellationToken) =>
        [.. (await alerts.ReadPersonAsync(personId, cancellationToken)).Where(entry => entry.IsAnnounced).Select(entry => entry.AlertId)];

    /// <summary>The person's alerts not in <paramref name="seen"/> that the caller may see now, oldest first; all of them join <paramref name="seen"/>.</summary>
    public async Task<IReadOnlyList<WatchedAlert>> NewAsync(
        Caller caller, string personId, ISet<string> seen, CancellationToken cancellationToken)
    {
        var shown = new List<WatchedAlert>();
        foreach (var entry in await alerts.ReadPersonAsync(personId, cancellationToken))
        {
            if (LedgerMarks.AlertKindOf(entry.Mark) is not { } kind || !seen.Add(entry.AlertId))
            {
                continue;
            }

            if (await gate.DiscloseAsync(
                    caller, personId, DisclosureScope.Alert,
                    _ => Task.FromResult<WatchedAlert?>(new WatchedAlert(entry.AlertId, kind, entry.MilestoneId, entry.Date)),
                    cancellationToken) is { } alert)
            {
                shown.Add(alert);
            }
        }

        return shown;
    }
}

/// <summary>One alert as a watching caller sees it: what the alert's webhook body carries, less the link.</summary>
public sealed record WatchedAlert(string AlertId, AlertKind Kind, string MilestoneId, DateOnly Date);
