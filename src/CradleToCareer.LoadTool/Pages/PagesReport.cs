using System.Globalization;
using System.Text;
using CradleToCareer.LoadTool.Alerts;
using CradleToCareer.LoadTool.Reporting;

namespace CradleToCareer.LoadTool.Pages;

/// <summary>What the run did besides the measured latencies: ingest, page requests, streams.</summary>
public sealed record PagesRun(IngestCounts Ingest, long PagesSent, int CaseloadPages, IReadOnlyList<LiveStream> Streams, double Seconds);

/// <summary>
/// The summary of a pages run: parameters and counts as a <see cref="RunReport"/>, then one latency table (page kinds
/// and the live stream, p50/p95/p99/max against each bar) to paste into docs/performance.md.
/// </summary>
public static class PagesReport
{
    public static string Name(PageKind kind) => kind switch
    {
        PageKind.AdvisorStudent => "advisor: student page",
        PageKind.Caseload => "advisor: caseload page",
        _ => "student: record page",
    };

    public static RunReport Build(PagesOptions o, PagesRun run, PagesOutcome outcome, IReadOnlyList<string> misses)
    {
        var report = new RunReport("Web pages under ingest (issue 17)")
            .Parameter("url", o.Url)
            .Parameter("page students (full records, consented)", o.Students)
            .Parameter("background students", o.BackgroundStudents)
            .Parameter("background ingest target (events/s)", o.Rate)
            .Parameter("seconds", o.Seconds)
            .Parameter("page rate (requests/s), concurrency", $"{o.PageRate}, {o.PageConcurrency}")
            .Parameter("live streams, probe pause (ms)", $"{o.Streams}, {o.ProbeInterval.TotalMilliseconds:F0}")
            .Parameter("student accounts", o.StudentAccounts)
            .Parameter("untimed warm-up page requests", o.Warmup)
            .Parameter("ingest before timing starts (s), at least", o.Rate == 0 ? 0 : PagesCommand.Settle.TotalSeconds)
            .Parameter("tag", o.Tag);
        report
            .Result("ingest acked, warm-up included (events)", run.Ingest.EventsAcked)
            .Result("ingest rate (events/s)", run.Ingest.AckedPerSecond)
            .Result("ingest answers", string.Join(", ", run.Ingest.Statuses().Select(s => $"{s.Key} {s.Value:N0}")))
            .Result("ingest failed attempts", run.Ingest.FailedAttemptCount)
            .Result("page requests sent", run.PagesSent)
            .Result("page requests/s", run.Seconds > 0 ? run.PagesSent / run.Seconds : 0)
            .Result("caseload pages", run.CaseloadPages)
            .Result("live probes (milestone events)", $"{outcome.LiveFromPost.Count:N0} ({outcome.MilestoneProbes:N0})")
            .Result("live pushes / unasked", $"{run.Streams.Sum(s => s.Pushes):N0} / {run.Streams.Sum(s => s.Unasked):N0}")
            .Result("live streams closed early", run.Streams.Count(s => s.Closed is not null))
            .Result("verdict", misses.Count == 0 ? "both bars met" : "MISS: " + string.Join("; ", misses));
        report.Notes.AddRange(outcome.FailureSamples);
        report.Notes.AddRange(run.Ingest.Samples());
        report.Notes.AddRange(run.Streams.Where(s => s.Closed is not null).Take(3).Select(s => $"stream of {s.Student.Landed.PersonId}: {s.Closed}"));
        return report;
    }

    /// <summary>The latency table in Markdown: a row per page kind and two for the live stream.</summary>
    public static string LatencyTable(PagesOutcome outcome)
    {
        var text = new StringBuilder();
        text.AppendLine("| what | bar | count | failed | p50 ms | p95 ms | p99 ms | max ms |");
        text.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|");
        foreach (var (kind, stats) in outcome.Pages)
        {
            Row(text, Name(kind), "p99 < 100 ms", stats, outcome.PageFailures[kind]);
        }
        Row(text, "live: before the POST → event: progress", "p99 < 1 s", outcome.LiveFromPost, outcome.ProbeFailures);
        Row(text, "live: acknowledgement → event: progress", "", outcome.LiveFromAck, outcome.ProbeFailures);
        return text.ToString();
    }

    private static void Row(StringBuilder text, string name, string bar, LatencyStats s, long failed) =>
        text.AppendLine(CultureInfo.InvariantCulture,
            $"| {name} | {bar} | {s.Count:N0} | {failed:N0} | {s.P50:F1} | {s.P95:F1} | {s.P99:F1} | {s.Max:F1} |");
}
