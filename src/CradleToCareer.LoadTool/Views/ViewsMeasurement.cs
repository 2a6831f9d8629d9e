using System.Diagnostics;
using CradleToCareer.LoadTool.Reads;

namespace CradleToCareer.LoadTool.Views;

/// <summary>One measured series: its label for the report, its tally, and how long it ran.</summary>
public sealed record MeasuredRun(string Label, ReadTally Tally, TimeSpan Elapsed)
{
    public long Succeeded => Tally.Statuses().GetValueOrDefault(ReaderCalls.Ok);
    public long Failed => Tally.Completed - Succeeded;
    public double PerSecond => Elapsed > TimeSpan.Zero ? Succeeded / Elapsed.TotalSeconds : 0;
}

public sealed record ViewsResults(
    MeasuredRun Warmup, MeasuredRun Json, MeasuredRun Jws, CourseCounts Courses, MeasuredRun Reference1, MeasuredRun Progress, MeasuredRun Reference2)
{
    public double ReferencePerSecond => (Reference1.PerSecond + Reference2.PerSecond) / 2;

    public double? ProgressRatio => ReferencePerSecond > 0 ? Progress.PerSecond / ReferencePerSecond : null;

    public IEnumerable<MeasuredRun> All => [Warmup, Json, Jws, Reference1, Progress, Reference2];
}

/// <summary>
/// Steps 3 and 4 of the views command, all closed loop with the same number of workers: an untimed warm-up (transcripts
/// in both formats, progress and reference interleaved, half of the requests transcripts), transcript
/// latency per format (JSON, then JWS; issue i goes to student i mod n), then throughput of the reference endpoint,
/// the progress view (students drawn at random) and the reference again.
/// </summary>
public sealed class ViewsMeasurement(ViewsOptions o, ReaderCalls reader, string[] personIds, Func<string> background)
{
    public async Task<ViewsResults> RunAsync(CancellationToken ct)
    {
        var courses = new CourseCounts();
        var warmupCourses = new CourseCounts();
        var warmup = await CountedAsync("warm-up", 2 * o.Warmup, (i, tally, token) => (i % 4) switch
        {
            0 => reader.IssueTranscriptAsync(Person(i), TranscriptFormat.Json, tally, warmupCourses, token),
            1 => reader.IssueTranscriptAsync(Person(i), TranscriptFormat.Jws, tally, warmupCourses, token),
            2 => reader.GetProgressAsync(Person(i), tally, token),
            _ => reader.GetMeAsync(tally, token),
        }, ct);
        var json = await TranscriptsAsync(TranscriptFormat.Json, courses, ct);
        var jws = await TranscriptsAsync(TranscriptFormat.Jws, courses, ct);
        var reference1 = await TimedAsync("GET /v1/me (reference, run 1)", (_, tally, token) => reader.GetMeAsync(tally, token), ct);
        var randoms = Enumerable.Range(0, o.Concurrency).Select(worker => new Random(o.Seed + worker)).ToArray();
        var progress = await TimedAsync("GET /v1/students/{id}/progress",
            (worker, tally, token) => reader.GetProgressAsync(personIds[randoms[worker].Next(personIds.Length)], tally, token), ct);
        var reference2 = await TimedAsync("GET /v1/me (reference, run 2)", (_, tally, token) => reader.GetMeAsync(tally, token), ct);
        return new ViewsResults(warmup, json, jws, courses, reference1, progress, reference2);
    }

    private string Person(int issue) => personIds[issue % personIds.Length];

    private Task<MeasuredRun> TranscriptsAsync(TranscriptFormat format, CourseCounts courses, CancellationToken ct) =>
        CountedAsync($"POST /v1/students/{{id}}/transcripts ({format.Name})", o.Transcripts,
            (i, tally, token) => reader.IssueTranscriptAsync(Person(i), format, tally, courses, token), ct);

    private async Task<MeasuredRun> CountedAsync(string label, int count, Func<int, ReadTally, CancellationToken, Task> call, CancellationToken ct)
    {
        var tally = new ReadTally();
        var started = Stopwatch.GetTimestamp();
        await PhaseProgress.RunAsync(() => $"{label}: {tally.Completed:N0}/{count:N0} {Latency(tally)} | {background()}",
            () => ClosedLoop.ForCountAsync(count, o.Concurrency, (i, token) => call(i, tally, token), ct));
        return new MeasuredRun(label, tally, Stopwatch.GetElapsedTime(started));
    }

    private async Task<MeasuredRun> TimedAsync(string label, Func<int, ReadTally, CancellationToken, Task> call, CancellationToken ct)
    {
        var tally = new ReadTally();
        var elapsed = TimeSpan.Zero;
        await PhaseProgress.RunAsync(() => $"{label}: {tally.Completed:N0} {Latency(tally)} | {background()}", async () =>
            elapsed = await ClosedLoop.ForDurationAsync(TimeSpan.FromSeconds(o.ThroughputSeconds), o.Concurrency,
                (worker, token) => call(worker, tally, token), ct));
        return new MeasuredRun(label, tally, elapsed);
    }

    private static string Latency(ReadTally tally)
    {
        var latency = tally.Latency.Summarize();
        // A request is counted by status a moment before it counts as completed, so the live difference can dip below zero.
        var failed = Math.Max(0, tally.Completed - tally.Statuses().GetValueOrDefault(ReaderCalls.Ok));
        return $"| p50 {latency.P50:F1} ms p99 {latency.P99:F1} ms | failed {failed:N0}";
    }
}
