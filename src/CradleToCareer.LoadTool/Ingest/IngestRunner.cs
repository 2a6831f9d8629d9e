using System.Diagnostics;
using System.Threading.Channels;
using CradleToCareer.LoadTool.Cli;
using CradleToCareer.LoadTool.Generation;
using CradleToCareer.LoadTool.Http;
using CradleToCareer.LoadTool.Reporting;

namespace CradleToCareer.LoadTool.Ingest;

/// <summary>The <c>ingest</c> command: streams generated batches to the service with a fixed number of concurrent requests.</summary>
public static class IngestRunner
{
    public static async Task<int> RunAsync(IngestOptions o, CancellationToken userCancel)
    {
        using var http = ServiceHttp.CreateClient(o.Url, o.Concurrency, o.Timeout);
        using var run = CancellationTokenSource.CreateLinkedTokenSource(userCancel);
        run.CancelAfter(o.MaxDuration);
        var stop = new RunStop(run, userCancel);
        var tokens = await AccessTokenSource.CreateAsync(http, o.Auth, ["source", "student-portal"], run.Token);

        var rssBefore = o.HostPid is { } pid ? HostMemory.ResidentKiB(pid) : null;
        var generator = new JourneyGenerator(o.Seed, o.Tag);
        var channel = Channel.CreateBounded<EventBatch>(new BoundedChannelOptions(o.Concurrency * 2) { SingleWriter = true });
        var producer = BatchProducer.StartAsync(generator.Generate(o.Events, o.Students), o.Batch, channel.Writer, run.Token);
        var sender = new BatchSender(http, tokens, new IngestTally());

        using var progressStop = new CancellationTokenSource();
        var progress = ProgressReporter.RunAsync(StatusLine(sender.Tally, o.Events), progressStop.Token);
        var workers = Enumerable.Range(0, o.Concurrency)
            .Select(_ => stop.GuardAsync(async ct =>
            {
                await foreach (var batch in channel.Reader.ReadAllAsync(ct))
                {
                    await sender.SendAsync(batch, ct);
                }
            }))
            .ToArray();
        await Task.WhenAll(workers);
        await producer;
        await progressStop.CancelAsync();
        await progress;

        var tally = sender.Tally;
        if (tally.BatchesAccepted == 0 && stop.Fatal is { } fatal)
        {
            throw new ToolException(fatal);
        }
        if (o.PersonsOut is { } path)
        {
            await File.WriteAllLinesAsync(path, tally.PersonIds(), CancellationToken.None);
        }
        var report = Report(o, tally, generator, rssBefore, stop.Reason);
        SummaryWriter.WriteText(Console.Out, report);
        if (o.Markdown is { } markdown)
        {
            SummaryWriter.WriteMarkdown(markdown, report);
        }
        return stop.Fatal is null && tally.Errors == 0 ? 0 : 1;
    }

    private static Func<string> StatusLine(IngestTally tally, long target)
    {
        var last = (Events: 0L, At: Stopwatch.GetTimestamp());
        return () =>
        {
            var now = (Events: tally.EventsAnswered, At: Stopwatch.GetTimestamp());
            var current = (now.Events - last.Events) / Stopwatch.GetElapsedTime(last.At, now.At).TotalSeconds;
            var average = tally.ElapsedSeconds > 0 ? now.Events / tally.ElapsedSeconds : 0;
            last = now;
            var latency = tally.Latency.Summarize();
            return $"sent {now.Events:N0}/{target:N0} events | {current:N0} ev/s now, {average:N0} avg | " +
                   $"batch p50 {latency.P50:F0} ms p99 {latency.P99:F0} ms | errors {tally.Errors:N0}";
        };
    }

    private static RunReport Report(IngestOptions o, IngestTally tally, JourneyGenerator generator, long? rssBefore, string? stopReason)
    {
        var elapsed = tally.ElapsedSeconds;
        var latency = tally.Latency.Summarize();
        var students = generator.StudentsEmitted;
        var report = new RunReport("C2C ingest: POST /v1/events")
            .Parameter("url", o.Url)
            .Parameter("events requested", o.Events)
            .Parameter("students", o.Students?.ToString("N0") ?? "auto")
            .Parameter("batch size", o.Batch)
            .Parameter("concurrent requests", o.Concurrency)
            .Parameter("seed / id tag", $"{o.Seed} / {o.Tag}")
            .Parameter("authentication", o.Auth.Describe())
            .Result("events answered", tally.EventsAnswered)
            .Result("students generated", students)
            .Result("distinct person ids", tally.PersonCount)
            .Result("duration (s)", Math.Round(elapsed, 1))
            .Result("sustained events/s", elapsed > 0 ? (long)Math.Round(tally.EventsAnswered / elapsed) : null)
            .Result("batches", latency.Count)
            .Result("batch latency p50 (ms)", latency.P50)
            .Result("batch latency p90 (ms)", latency.P90)
            .Result("batch latency p99 (ms)", latency.P99)
            .Result("batch latency max (ms)", latency.Max);
        foreach (var (status, count) in tally.Statuses().OrderByDescending(s => s.Value))
        {
            report.Result($"events {status}", count);
        }
        if (o.HostPid is { } pid)
        {
            AddMemory(report, pid, rssBefore, students);
        }
        if (stopReason is not null)
        {
            report.Notes.Add($"stopped early: {stopReason}");
        }
        report.Notes.AddRange(tally.ErrorSamples().Select(e => $"error: {e}"));
        return report;
    }

    private static void AddMemory(RunReport report, int pid, long? beforeKiB, long students)
    {
        var afterKiB = HostMemory.ResidentKiB(pid);
        report.Result("host RSS before (MiB)", beforeKiB / 1024.0)
            .Result("host RSS after (MiB)", afterKiB / 1024.0)
            .Result("host peak RSS, VmHWM (MiB)", HostMemory.PeakResidentKiB(pid) / 1024.0)
            .Result("host RSS per student (KiB)", afterKiB is { } a && students > 0 ? (double)a / students : null)
            .Result("host RSS growth per student (KiB)", afterKiB is { } after && beforeKiB is { } before && students > 0 ? (double)(after - before) / students : null);
        if (afterKiB is null)
        {
            report.Notes.Add($"could not read /proc/{pid}/status");
        }
    }
}
