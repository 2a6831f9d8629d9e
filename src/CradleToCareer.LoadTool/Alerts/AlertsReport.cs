using System.Diagnostics;
using System.Globalization;
using CradleToCareer.LoadTool.Kill;
using CradleToCareer.LoadTool.Reporting;

namespace CradleToCareer.LoadTool.Alerts;

/// <summary>What the measurement and drain phases observed, besides the tally.</summary>
public sealed record AlertsRun(
    IngestCounts Counts, long MilestonesPlanned, long MeasurementStart, OutageWindow? Outage, double? DrainSeconds, Uri ReceiverUrl,
    string SubscriptionId, bool SubscriptionStopped);

/// <summary>The summary of the alerts command, for the terminal and (as Markdown) for docs/performance.md.</summary>
public static class AlertsReport
{
    public static RunReport Build(AlertsOptions o, AlertsRun run, AlertOutcome outcome, IReadOnlyList<string> misses)
    {
        var counts = run.Counts;
        var batch = SteadyIngest.BatchSize(o.Rate);
        var report = new RunReport(o.Kill is null ? "C2C alerts: milestone webhook latency" : "C2C alerts: milestone webhooks across a host SIGKILL")
            .Parameter("url", o.Url)
            .Parameter("students consented to alerts / background students", $"{o.Students:N0} / {o.Students:N0}")
            .Parameter("target ingest rate (events/s)", o.Rate)
            .Parameter("ingest duration (s)", o.DurationSeconds)
            .Parameter("milestone share of events", Text($"{o.AlertShare * 100:0.##} %"))
            .Parameter("batches", Text($"{batch} events every {batch * 1_000.0 / o.Rate:0.#} ms, at most {SteadyIngest.MaxInFlight} unanswered"))
            .Parameter("webhook receiver", $"{run.ReceiverUrl} (subscription {run.SubscriptionId}, milestones *)")
            .Parameter("kill", o.Kill is { } k
                ? Text($"SIGKILL of the pid in {k.HostPidFile} after {k.After.TotalSeconds:F0} s; restart: {k.RestartCommand}")
                : "none")
            .Parameter("drain limit (s)", o.DrainSeconds)
            .Parameter("seed / id tag", $"{o.Seed} / {o.Tag}")
            .Result("events sent / acknowledged", $"{counts.EventsSent:N0} / {counts.EventsAcked:N0}")
            .Result("achieved ingest rate (events/s)", counts.AckedPerSecond)
            .Result("answers by status", string.Join(", ", counts.Statuses().OrderByDescending(s => s.Value).Select(s => Text($"{s.Key} {s.Value:N0}"))))
            .Result("failed attempts, re-sent", FailedAttempts(counts))
            .Result("events not accepted", counts.NotAcceptedCount)
            .Result("milestone events sent", run.MilestonesPlanned)
            .Result("alerts expected", outcome.Expected)
            .Result("alerts received", outcome.Received)
            .Result("lost (expected, never arrived)", outcome.Lost)
            .Result("milestones with more than one alert id", outcome.MilestonesWithSeveralIds)
            .Result("redeliveries under the same id", outcome.Redeliveries)
            .Result("signature failures", outcome.SignatureFailures)
            .Result("unexpected alerts (ids not owed by this run)", outcome.Unexpected)
            .Result("all owed alerts arrived after ingest ended (s)", run.DrainSeconds);
        if (run.Outage is { } outage)
        {
            report.Result("host killed at (s into ingest)", Seconds(run.MeasurementStart, outage.KilledAt))
                .Result("host ready again at (s into ingest)", outage.ReadyAt is { } ready ? Seconds(run.MeasurementStart, ready) : null)
                .Result("latency outside the outage p50 / p95 / p99 / max (ms)", Latency(outcome.OutsideOutage))
                .Result("latency of all alerts p50 / p95 / p99 / max (ms)", Latency(outcome.All));
        }
        else
        {
            report.Result("latency p50 / p95 / p99 / max (ms)", Latency(outcome.All));
        }
        var bar = run.Outage is null
            ? $"bar (p99 < {AlertsBar.MaxP99Milliseconds} ms, lost 0, one id per milestone)"
            : "bar across the kill (lost 0, one id per milestone)";
        report.Result(bar, misses.Count == 0 ? "met" : "missed");
        report.Notes.AddRange(misses.Select(m => $"missed: {m}"));
        report.Notes.AddRange(Warnings(run));
        report.Notes.AddRange(counts.Samples().Select(s => $"not accepted: {s}"));
        report.Notes.Add("latency: first arrival of an alert at the receiver minus the ingest answer that acknowledged its event, on one clock");
        return report;
    }

    private static IEnumerable<string> Warnings(AlertsRun run)
    {
        if (run.Counts.MilestonesNotOwed > 0)
        {
            yield return $"{run.Counts.MilestonesNotOwed:N0} milestone events owe no alert (duplicate of an earlier run, conflict or rejected); use a new --tag";
        }
        if (run.Counts.MilestonesElsewhere > 0)
        {
            yield return $"{run.Counts.MilestonesElsewhere:N0} milestone events landed on a person without an alerts consent and were not counted";
        }
        if (!run.SubscriptionStopped)
        {
            yield return $"subscription {run.SubscriptionId} could not be stopped; delete it before reusing the receiver port";
        }
    }

    private static string FailedAttempts(IngestCounts counts)
    {
        var failed = counts.FailedAttempts();
        return failed.Count == 0
            ? "0"
            : Text($"{failed.Values.Sum():N0} in {counts.BatchesResent:N0} batches: ") +
              string.Join(", ", failed.OrderByDescending(f => f.Value).Select(f => Text($"{f.Key} {f.Value:N0}")));
    }

    private static string Latency(LatencyStats l) =>
        Text($"{l.P50:F1} / {l.P95:F1} / {l.P99:F1} / {l.Max:F1} (n = {l.Count:N0})");

    private static double Seconds(long from, long to) => Stopwatch.GetElapsedTime(from, to).TotalSeconds;

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
