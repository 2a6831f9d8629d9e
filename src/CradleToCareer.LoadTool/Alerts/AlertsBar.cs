using System.Globalization;

namespace CradleToCareer.LoadTool.Alerts;

/// <summary>
/// The bar of the alerts issue, in its two parts: under steady ingest, end-to-end p99 under 500 ms; across a SIGKILL,
/// no alert lost and no milestone announced under two ids. A run without a kill is judged on latency and loss; a kill
/// run on loss and ids, its latency (outage and the restarted host's warm-up) reported, not judged. Either is also
/// missed when nothing was owed, a delivery failed its signature or was not a readable alert, or an event was not
/// accepted.
/// </summary>
public static class AlertsBar
{
    public const double MaxP99Milliseconds = 500;

    /// <summary>Each way the run missed the bar, as a sentence; empty when it was met.</summary>
    public static IReadOnlyList<string> Misses(AlertOutcome outcome, bool killMode, long eventsNotAccepted)
    {
        var misses = new List<string>();
        if (outcome.Expected == 0)
        {
            misses.Add("no milestone event was acknowledged for a consented student, so no alert was owed");
        }
        else if (outcome.All.Count == 0)
        {
            misses.Add("no owed alert arrived");
        }
        else if (!killMode && outcome.All.P99 >= MaxP99Milliseconds)
        {
            misses.Add(Sentence($"alert latency p99 {outcome.All.P99:F1} ms is not under {MaxP99Milliseconds} ms"));
        }
        Add(misses, outcome.Lost, "alerts owed never arrived (lost)");
        Add(misses, outcome.MilestonesWithSeveralIds, "milestones were announced under more than one alert id");
        Add(misses, outcome.SignatureFailures, "deliveries failed the signature check");
        Add(misses, outcome.Malformed, "correctly signed deliveries were not readable alerts");
        Add(misses, eventsNotAccepted, "events were not accepted (conflict or rejected)");
        return misses;
    }

    private static void Add(List<string> misses, long count, string what)
    {
        if (count > 0)
        {
            misses.Add(Sentence($"{count:N0} {what}"));
        }
    }

    private static string Sentence(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
