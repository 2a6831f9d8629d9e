using System.Diagnostics;
using System.Globalization;
using CradleToCareer.LoadTool.Alerts;
using CradleToCareer.LoadTool.Identity;
using CradleToCareer.LoadTool.Reporting;

namespace CradleToCareer.LoadTool.TranscriptRequests;

/// <summary>What the run observed besides the phases: the background ingest, when the measurement started, the receiver.</summary>
public sealed record RequestsRun(IngestCounts Ingest, long MeasurementStart, Uri ReceiverUrl);

/// <summary>The transcript-requests run for people: parameters and results, a latency table, and each bar with PASS or MISS.</summary>
public sealed record TranscriptRequestsReport(RunReport Summary, ReportTable Latency, ReportTable Bars)
{
    public bool Met => Bars.Rows.All(row => row[^1] == "PASS");

    public static TranscriptRequestsReport Build(
        TranscriptRequestsOptions o, RequestsRun run, ConsentedOutcome? consented, GrantOutcome? grant, KillOutcome? kill)
    {
        var summary = new RunReport(kill is null
                ? "C2C e-transcript requests: issue latency and pushed status"
                : "C2C e-transcript requests across a host SIGKILL")
            .Parameter("url", o.Url)
            .Parameter("students consented / without consent / background",
                Text($"{o.Students:N0} / {o.AwaitingStudents:N0} / {TranscriptRequestsOptions.BackgroundStudents:N0}"))
            .Parameter("courses per requested student (at least)", TranscriptRequestsOptions.MinCourses)
            .Parameter("request rate (requests/s, open loop) / duration (s)", Text($"{o.Rate:N0} / {o.DurationSeconds:N0}"))
            .Parameter("background ingest target (events/s)", o.IngestRate)
            .Parameter("consent grant rate (grants/s)", kill is null ? o.GrantRate : null)
            .Parameter("push receiver", run.ReceiverUrl)
            .Parameter("kill", o.Kill is { } k
                ? Text($"SIGKILL of the pid in {k.HostPidFile} after {k.After.TotalSeconds:F0} s; restart: {k.RestartCommand}")
                : "none")
            .Parameter("drain limit (s)", o.DrainSeconds)
            .Parameter("seed / tag / college organization", $"{o.Seed} / {o.Tag} / {o.CollegeOrgId}")
            .Result("background events sent / acknowledged / not accepted",
                Text($"{run.Ingest.EventsSent:N0} / {run.Ingest.EventsAcked:N0} / {run.Ingest.NotAcceptedCount:N0}"))
            .Result("background ingest achieved (events/s)", run.Ingest.AckedPerSecond)
            .Result("background failed attempts, re-sent", run.Ingest.FailedAttemptCount);
        var latency = new List<string[]>();
        var bars = new List<BarCheck>();
        if (consented is not null)
        {
            summary.Result("consented: answers", RequestTally.Describe(consented.Answers))
                .Result("consented: 202 but not issued", consented.NotIssued);
            latency.Add(Row("consented: request -> issued", consented.IssueLatency));
            bars.AddRange(TranscriptRequestsBar.Consented(consented));
        }
        if (grant is not null)
        {
            summary.Result("consent-grant: answers", RequestTally.Describe(grant.Answers))
                .Result("consent-grant: consents granted", grant.Granted);
            AddPushes(summary, "consent-grant", grant.Pushes, grant.DrainSeconds);
            latency.Add(Row("consent-grant: grant sent -> issued push", grant.Pushes.IssuedLatency));
            latency.Add(Row("consent-grant: grant round trip", grant.GrantRoundTrip));
            bars.AddRange(TranscriptRequestsBar.ConsentGrant(grant));
        }
        if (kill is not null)
        {
            summary.Result("kill: answers", RequestTally.Describe(kill.Answers))
                .Result("kill: 202 before the kill / in all", Text($"{kill.AcceptedBeforeKill:N0} / {kill.Accepted:N0}"))
                .Result("kill: read back after the restart", RequestTally.Describe(kill.Final))
                .Result("kill: host killed at / ready again at (s into the measurement)",
                    kill.Outage is { } outage
                        ? Text($"{Seconds(run.MeasurementStart, outage.KilledAt):F1} / ") + (outage.ReadyAt is { } ready ? Text($"{Seconds(run.MeasurementStart, ready):F1}") : "n/a")
                        : "n/a");
            AddPushes(summary, "kill", kill.Pushes, kill.DrainSeconds);
            latency.Add(Row("kill: request sent -> issued push (not judged)", kill.Pushes.IssuedLatency));
            bars.AddRange(TranscriptRequestsBar.AcrossKill(kill));
        }
        summary.Notes.Add("consented latency: from just before the POST to the 202 that says issued, or else to the first GET (every 10 ms) that does");
        summary.Notes.Add("push latency: from just before the consent's POST is sent to the first arrival of the request's issued push, on one clock");
        return new TranscriptRequestsReport(
            summary,
            new ReportTable("Latency (ms)", ["series", "n", "p50", "p95", "p99", "max"], latency),
            new ReportTable("Bars", ["bar", "measured", "result"], [.. bars.Select(b => new[] { b.Bar, b.Measured, b.Verdict })], 2));
    }

    public string Markdown() =>
        "## E-transcript requests\n\n"
        + "Transcript requests from a college organization, about full-record students who consented and students who had "
        + "not, under a steady background ingest; pushes verified at a loopback receiver. Produced by "
        + "`CradleToCareer.LoadTool transcript-requests`.\n\n"
        + SummaryWriter.Markdown(Summary) + "\n" + Latency.Markdown() + "\n" + Bars.Markdown();

    public void WriteText(TextWriter output)
    {
        SummaryWriter.WriteText(output, Summary);
        Latency.WriteText(output);
        Bars.WriteText(output);
    }

    private static void AddPushes(RunReport summary, string phase, PushOutcome pushes, double? drainSeconds) =>
        summary.Result($"{phase}: pushes by status (requests / deliveries)", pushes.ByStatus.Count == 0
                ? "none"
                : string.Join(", ", pushes.ByStatus.OrderBy(s => s.Key, StringComparer.Ordinal)
                    .Select(s => Text($"{s.Key} {s.Value.Requests:N0} / {s.Value.Deliveries:N0}"))))
            .Result($"{phase}: issued pushes owed / received / lost", Text($"{pushes.Owed:N0} / {pushes.Received:N0} / {pushes.Lost:N0}"))
            .Result($"{phase}: status changes under several webhook ids", pushes.ChangesUnderSeveralIds)
            .Result($"{phase}: redeliveries under the same id", pushes.Redeliveries)
            .Result($"{phase}: signature failures / unreadable / about requests without a 202",
                Text($"{pushes.SignatureFailures:N0} / {pushes.Malformed:N0} / {pushes.UnknownRequests:N0}"))
            .Result($"{phase}: all owed pushes arrived after (s)", drainSeconds);

    private static string[] Row(string series, LatencyStats l) =>
        [series, Text($"{l.Count:N0}"), Ms(l.P50), Ms(l.P95), Ms(l.P99), Ms(l.Max)];

    private static string Ms(double milliseconds) => milliseconds.ToString("F1", CultureInfo.InvariantCulture);

    private static double Seconds(long from, long to) => Stopwatch.GetElapsedTime(from, to).TotalSeconds;

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
