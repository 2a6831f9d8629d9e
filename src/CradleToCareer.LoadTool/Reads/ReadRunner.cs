using System.Diagnostics;
using System.Net.Http.Headers;
using CradleToCareer.LoadTool.Cli;
using CradleToCareer.LoadTool.Http;
using CradleToCareer.LoadTool.Ingest;
using CradleToCareer.LoadTool.Reporting;

namespace CradleToCareer.LoadTool.Reads;

/// <summary>
/// The <c>reads</c> command: GET /v1/students/{personId} on an open-loop schedule. Request i is due at
/// start + i/rate whether or not earlier ones have answered, and latency counts from that due time, so a slow
/// service shows up as latency rather than as a lower request rate.
/// </summary>
public static class ReadRunner
{
    public static async Task<int> RunAsync(ReadOptions o, CancellationToken userCancel)
    {
        var persons = await LoadPersons(o.PersonsFrom);
        using var http = ServiceHttp.CreateClient(o.Url, o.Connections + BackgroundIngest.MaxInFlight, o.Timeout);
        using var run = CancellationTokenSource.CreateLinkedTokenSource(userCancel);
        var duration = TimeSpan.FromSeconds(o.WarmupSeconds + o.DurationSeconds);
        run.CancelAfter(duration + o.Timeout + TimeSpan.FromSeconds(10));
        var stop = new RunStop(run, userCancel);
        var tokens = await AccessTokenSource.CreateAsync(http, o.Auth, ["source", "student-portal"], run.Token);
        var rssBefore = o.HostPid is { } pid ? HostMemory.ResidentKiB(pid) : null;

        var background = new BatchSender(http, tokens, new IngestTally());
        var backgroundTask = o.BackgroundIngestRate > 0
            ? stop.GuardAsync(ct => BackgroundIngest.RunAsync(background, o.Seed, o.BackgroundIngestRate, o.Batch, duration, ct))
            : Task.CompletedTask;
        var warmup = new ReadTally();
        var tally = new ReadTally();
        using var progressStop = new CancellationTokenSource();
        var progress = ProgressReporter.RunAsync(StatusLine(tally, background.Tally, o.BackgroundIngestRate > 0), progressStop.Token);

        var start = Stopwatch.GetTimestamp();
        await stop.GuardAsync(ct => ScheduleAsync(o, http, tokens, persons, warmup, tally, start, ct));
        await Drain(tally, o.Timeout + TimeSpan.FromSeconds(1));
        await backgroundTask;
        await progressStop.CancelAsync();
        await progress;

        if (tally.Completed == 0 && stop.Fatal is { } fatal)
        {
            throw new ToolException(fatal);
        }
        var report = Report(o, tally, background.Tally, start, stop.Reason);
        if (o.HostPid is { } hostPid)
        {
            report.Result("host RSS before (MiB)", rssBefore / 1024.0)
                .Result("host RSS after (MiB)", HostMemory.ResidentKiB(hostPid) / 1024.0);
        }
        SummaryWriter.WriteText(Console.Out, report);
        if (o.Markdown is { } markdown)
        {
            SummaryWriter.WriteMarkdown(markdown, report);
        }
        return stop.Fatal is null ? 0 : 1;
    }

    private static async Task ScheduleAsync(
        ReadOptions o, HttpClient http, AccessTokenSource tokens, string[] persons, ReadTally warmup, ReadTally measured, long start, CancellationToken ct)
    {
        var warmupRequests = (long)o.Rate * o.WarmupSeconds;
        var total = warmupRequests + (long)o.Rate * o.DurationSeconds;
        var random = new Random(o.Seed);
        long next = 0;
        while (next < total)
        {
            var due = Math.Min(total, (long)(Stopwatch.GetElapsedTime(start).TotalSeconds * o.Rate) + 1);
            var authorization = await tokens.HeaderAsync(ct);
            for (; next < due; next++)
            {
                var tally = next < warmupRequests ? warmup : measured;
                tally.Scheduled();
                var scheduledAt = start + (long)(next * (double)Stopwatch.Frequency / o.Rate);
                if (tally.InFlight >= o.MaxInFlight)
                {
                    tally.Count("skipped: client in-flight cap");
                    continue;
                }
                tally.Started();
                _ = GetAsync(http, authorization, persons[random.Next(persons.Length)], scheduledAt, tally, ct);
            }
            await Task.Delay(1, ct);
        }
    }

    private static async Task GetAsync(HttpClient http, AuthenticationHeaderValue? authorization, string personId, long scheduledAt, ReadTally tally, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"v1/students/{Uri.EscapeDataString(personId)}");
        request.Headers.Authorization = authorization;
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct);
            tally.Finished(((int)response.StatusCode).ToString(), Stopwatch.GetElapsedTime(scheduledAt));
        }
        catch (HttpRequestException e)
        {
            tally.Finished($"error: {e.HttpRequestError}", null);
        }
        catch (TaskCanceledException)
        {
            tally.Finished(ct.IsCancellationRequested ? "cancelled" : "timeout", null);
        }
    }

    private static async Task Drain(ReadTally tally, TimeSpan limit)
    {
        var waited = Stopwatch.StartNew();
        while (tally.InFlight > 0 && waited.Elapsed < limit)
        {
            await Task.Delay(10);
        }
    }

    private static async Task<string[]> LoadPersons(string path)
    {
        if (!File.Exists(path))
        {
            throw new ToolException($"--persons-from {path}: no such file (write one with: ingest --persons-out {path})");
        }
        var persons = (await File.ReadAllLinesAsync(path)).Select(l => l.Trim()).Where(l => l.Length > 0).ToArray();
        return persons.Length > 0 ? persons : throw new ToolException($"--persons-from {path} holds no person ids");
    }

    private static Func<string> StatusLine(ReadTally reads, IngestTally background, bool withBackground) => () =>
    {
        var latency = reads.Latency.Summarize();
        var line = $"reads done {reads.Completed:N0}, in flight {reads.InFlight:N0} | p50 {latency.P50:F1} ms p99 {latency.P99:F1} ms";
        return withBackground ? $"{line} | background events {background.EventsAnswered:N0}, errors {background.Errors:N0}" : line;
    };

    private static RunReport Report(ReadOptions o, ReadTally tally, IngestTally background, long start, string? stopReason)
    {
        var latency = tally.Latency.Summarize();
        var last = tally.LastCompletion;
        var elapsed = last == 0 ? 0 : Stopwatch.GetElapsedTime(start, last).TotalSeconds - o.WarmupSeconds;
        var report = new RunReport("C2C reads: GET /v1/students/{personId}, open loop")
            .Parameter("url", o.Url)
            .Parameter("target rate (req/s)", o.Rate)
            .Parameter("warm-up, not measured (s)", o.WarmupSeconds)
            .Parameter("measured duration (s)", o.DurationSeconds)
            .Parameter("connections / in-flight cap", $"{o.Connections} / {o.MaxInFlight}")
            .Parameter("background ingest (events/s)", o.BackgroundIngestRate)
            .Parameter("person ids", o.PersonsFrom)
            .Result("requests scheduled", tally.ScheduledCount)
            .Result("responses", tally.Completed)
            .Result("achieved rate (responses/s)", elapsed > 0 ? (long)Math.Round(tally.Completed / elapsed) : null)
            .Result("latency p50 (ms)", latency.P50)
            .Result("latency p90 (ms)", latency.P90)
            .Result("latency p99 (ms)", latency.P99)
            .Result("latency max (ms)", latency.Max);
        foreach (var (status, count) in tally.Statuses().OrderByDescending(s => s.Value))
        {
            report.Result($"status {status}", count);
        }
        if (o.BackgroundIngestRate > 0)
        {
            var batches = background.Latency.Summarize();
            report.Result("background events answered", background.EventsAnswered)
                .Result("background events/s", background.ElapsedSeconds > 0 ? (long)Math.Round(background.EventsAnswered / background.ElapsedSeconds) : null)
                .Result("background batch latency p50 / p99 (ms)", $"{batches.P50:F1} / {batches.P99:F1}")
                .Result("background errors", background.Errors);
            report.Notes.AddRange(background.ErrorSamples().Select(e => $"background error: {e}"));
        }
        if (stopReason is not null)
        {
            report.Notes.Add($"stopped early: {stopReason}");
        }
        report.Notes.Add("latency counts from each request's scheduled send time (open loop, no coordinated omission)");
        return report;
    }
}
