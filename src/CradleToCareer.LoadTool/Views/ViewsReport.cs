using System.Globalization;
using CradleToCareer.LoadTool.Identity;
using CradleToCareer.LoadTool.Reporting;

namespace CradleToCareer.LoadTool.Views;

/// <summary>The views run for people: run parameters and results, a table per request series, and the bar.</summary>
public sealed record ViewsReport(RunReport Summary, ReportTable Series, IReadOnlyList<string> Misses)
{
    /// <summary>Statuses of events the service answered; any other (http-NNN, timeout, ...) means the batch request failed.</summary>
    private static readonly string[] AnsweredEventStatuses = ["accepted", "duplicate", "conflict", "rejected"];

    public static ViewsReport Build(ViewsOptions o, ViewTargets targets, BackgroundLoad background, ViewsResults results, string? stopReason)
    {
        var generated = targets.Students.Select(s => s.Student.Courses).ToArray();
        var backgroundStatuses = background.Tally.Statuses();
        var backgroundFailed = backgroundStatuses.Where(s => !AnsweredEventStatuses.Contains(s.Key)).Sum(s => s.Value);
        var refused = backgroundStatuses.GetValueOrDefault("rejected") + backgroundStatuses.GetValueOrDefault("conflict");
        var failed = results.All.Sum(r => r.Failed) + backgroundFailed;
        var misses = ViewsBar.Misses(results.Json.Tally.Latency.Summarize().P99, results.Jws.Tally.Latency.Summarize().P99, results.ProgressRatio, failed);

        var summary = new RunReport("C2C consented views: transcript latency and progress-view throughput")
            .Parameter("url", o.Url)
            .Parameter("students (persons with consent)", targets.PersonIds.Distinct().Count())
            .Parameter("courses per student, min / mean (asked: at least)", $"{generated.Min()} / {Mean(generated.Average())} ({o.MinCourses})")
            .Parameter("transcripts per format", o.Transcripts)
            .Parameter("warm-up requests, not timed", 2 * o.Warmup)
            .Parameter("concurrency (closed-loop workers)", o.Concurrency)
            .Parameter("throughput run length (s)", o.ThroughputSeconds)
            .Parameter("background ingest target (events/s)", o.BackgroundIngestRate)
            .Parameter("seed / tag", $"{o.Seed} / {o.Tag}")
            .Parameter("authentication", $"reader org {o.ReaderOrgId} (college, advisor); setup org {o.Auth.OrgId} (source, student-portal)")
            .Result("background ingest achieved (events/s)", background.AchievedRate is { } rate ? (long)Math.Round(rate) : null)
            .Result("background events answered / rejected or conflict / in failed requests",
                $"{RunReport.Format(background.Tally.EventsAnswered)} / {RunReport.Format(refused)} / {RunReport.Format(backgroundFailed)}")
            .Result("course lines per JSON transcript, min / mean", results.Courses.Count == 0 ? null : $"{results.Courses.Min} / {Mean(results.Courses.Mean!.Value)}")
            .Result("JSON transcript p50 / p90 / p99 / max (ms)", Percentiles(results.Json))
            .Result("JWS transcript p50 / p90 / p99 / max (ms)", Percentiles(results.Jws))
            .Result("reference GET /v1/me (req/s): run 1 / run 2 / mean", $"{Rate(results.Reference1.PerSecond)} / {Rate(results.Reference2.PerSecond)} / {Rate(results.ReferencePerSecond)}")
            .Result("progress view (req/s)", Rate(results.Progress.PerSecond))
            .Result("progress / reference", results.ProgressRatio is { } ratio ? ratio.ToString("F2", CultureInfo.InvariantCulture) : null)
            .Result("failed requests", failed)
            .Result("bar", misses.Count == 0 ? "met" : "missed");
        foreach (var run in results.All)
        {
            foreach (var (status, count) in run.Tally.Statuses().Where(s => s.Key != ReaderCalls.Ok).OrderByDescending(s => s.Value))
            {
                summary.Result($"{run.Label}: {status}", count);
            }
        }
        AddNotes(summary, o, targets, background, results, misses, stopReason);
        return new ViewsReport(summary, Table(results), misses);
    }

    public string Markdown() =>
        "## Consented views: transcripts and the progress view\n\n"
        + "Full-record synthetic students (all four high-school years and enough college terms to reach the minimum course "
        + "count) are ingested and consent to a reader organization. Transcripts are issued in JSON and as JWS, and the progress "
        + "view is read, all closed loop while other students are ingested at a steady rate. Produced by "
        + "`CradleToCareer.LoadTool views`.\n\n"
        + SummaryWriter.Markdown(Summary)
        + "\n" + Series.Markdown();

    public void WriteText(TextWriter output)
    {
        SummaryWriter.WriteText(output, Summary);
        Series.WriteText(output);
    }

    private static void AddNotes(
        RunReport summary, ViewsOptions o, ViewTargets targets, BackgroundLoad background, ViewsResults results,
        IReadOnlyList<string> misses, string? stopReason)
    {
        summary.Notes.AddRange(misses.Select(m => $"bar missed: {m}"));
        summary.Notes.Add($"closed loop with {o.Concurrency} workers: each sends its next request once the previous one is answered; "
            + "latency runs from send to the last byte of the answer, for successful requests only");
        summary.Notes.Add("reference = mean of two GET /v1/me runs, one before and one after the progress run; same host, same bearer token");
        if (targets.Students.Count(s => s.Split) is > 0 and var split)
        {
            summary.Notes.Add($"{split} students' events landed on more than one person id; each was read under the id most of them named");
        }
        if (results.All.Any(r => r.Tally.Statuses().ContainsKey("429")))
        {
            summary.Notes.Add("429 answers: the host's per-client rate limit was reached; raise C2C__RateLimits__RequestsPerSecond on the host");
        }
        if (o.BackgroundIngestRate > 0 && background.AchievedRate < 0.9 * o.BackgroundIngestRate)
        {
            summary.Notes.Add($"the background ingest reached {background.AchievedRate:N0} of {o.BackgroundIngestRate:N0} events/s");
        }
        if (background.Tally.Statuses().GetValueOrDefault("duplicate") > 0)
        {
            summary.Notes.Add("some background events were duplicates of an earlier run with the same seed and tag: use a new --tag");
        }
        summary.Notes.AddRange(background.Tally.ErrorSamples().Select(e => $"background error: {e}"));
        if (stopReason is not null)
        {
            summary.Notes.Add($"stopped early: {stopReason}");
        }
    }

    private static ReportTable Table(ViewsResults results) => new(
        "Request series (closed loop; latency in ms, successful requests only)",
        ["series", "requests", "failed", "req/s", "p50", "p90", "p99", "max"],
        [
            .. results.All.Select(run =>
            {
                var latency = run.Tally.Latency.Summarize();
                return new[]
                {
                    run.Label, RunReport.Format(run.Tally.Completed), RunReport.Format(run.Failed), Rate(run.PerSecond),
                    Ms(latency.P50), Ms(latency.P90), Ms(latency.P99), Ms(latency.Max),
                };
            }),
        ]);

    private static string Percentiles(MeasuredRun run)
    {
        var latency = run.Tally.Latency.Summarize();
        return $"{Ms(latency.P50)} / {Ms(latency.P90)} / {Ms(latency.P99)} / {Ms(latency.Max)}";
    }

    private static string Ms(double milliseconds) => milliseconds.ToString("F1", CultureInfo.InvariantCulture);

    private static string Rate(double perSecond) => perSecond.ToString("N0", CultureInfo.InvariantCulture);

    private static string Mean(double value) => value.ToString("F1", CultureInfo.InvariantCulture);
}
