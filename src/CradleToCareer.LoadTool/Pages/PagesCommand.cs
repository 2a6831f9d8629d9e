using System.Diagnostics;
using CradleToCareer.LoadTool.Alerts;
using CradleToCareer.LoadTool.Cli;
using CradleToCareer.LoadTool.Http;
using CradleToCareer.LoadTool.Ingest;
using CradleToCareer.LoadTool.Reporting;
using CradleToCareer.LoadTool.Views;

namespace CradleToCareer.LoadTool.Pages;

/// <summary>
/// The <c>pages</c> command: server-side page times under a steady ingest, and the time a change takes to reach an
/// open advisor page (issue 17). Exit code 0 when both bars are met, 1 when one is missed, 2 when setup failed.
/// </summary>
public static class PagesCommand
{
    /// <summary>
    /// How long the background ingest runs, at least, before anything is timed: it starts with the untimed warm-up, so
    /// the measured minute is the service under load, not its first seconds of taking it on.
    /// </summary>
    public static readonly TimeSpan Settle = TimeSpan.FromSeconds(10);

    private static readonly TimeSpan UntilStopped = TimeSpan.FromDays(1);

    public static async Task<int> RunAsync(PagesOptions o, CancellationToken userCancel)
    {
        using var http = ServiceHttp.CreateClient(o.Url, SteadyIngest.MaxInFlight + AlertsSetup.ConsentConcurrency + 2, o.Timeout);
        using var run = CancellationTokenSource.CreateLinkedTokenSource(userCancel);
        var stop = new RunStop(run, userCancel);
        var now = DateTime.UtcNow;
        var today = DateOnly.FromDateTime(now);
        var targets = await PagesSetup.RunAsync(o, http, today, now, run.Token);
        using var advisor = targets.Advisor;
        var sessions = new List<WebSession> { advisor };
        sessions.AddRange(targets.StudentSessions);
        var streams = new List<LiveStream>();
        try
        {
            foreach (var student in targets.Students.Take(o.Streams))
            {
                streams.Add(await LiveStream.OpenAsync(advisor.Streams, student, run.Token));
            }
            return await MeasureAsync(o, http, targets, sessions, streams, stop, today, now, userCancel);
        }
        finally
        {
            foreach (var stream in streams)
            {
                await stream.DisposeAsync();
            }
            foreach (var session in targets.StudentSessions)
            {
                session.Dispose();
            }
        }
    }

    private static async Task<int> MeasureAsync(
        PagesOptions o, HttpClient http, PagesTargets targets, IReadOnlyList<WebSession> sessions, IReadOnlyList<LiveStream> streams,
        RunStop stop, DateOnly today, DateTime now, CancellationToken userCancel)
    {
        var duration = TimeSpan.FromSeconds(o.Seconds);
        var counts = new IngestCounts();
        var tally = new PagesTally();
        var background = new BackgroundEvents(targets.Background, o.Tag + "-b", today, now);
        var ingest = new SteadyIngest(new AckingSender(http, targets.Source, counts), background.NextBatch, o.Rate, UntilStopped, stop);
        var mix = new PageMix([.. targets.Students.Select(s => s.Token)], targets.CaseloadPages, targets.StudentSessions.Count);
        var reads = new PageReads(sessions, mix, tally, o.PageRate, o.PageConcurrency);
        var probes = new LiveProbes(streams, new AckingSender(http, targets.Source, new IngestCounts()), tally, o.Tag, o.ProbeInterval, today, now);
        var ingesting = o.Rate == 0 ? Task.CompletedTask : stop.GuardAsync(ingest.RunAsync);
        var settled = o.Rate == 0 ? Task.CompletedTask : Task.Delay(Settle, userCancel);
        var started = Stopwatch.GetTimestamp();
        try
        {
            await PhaseProgress.RunAsync(
                () => $"warm-up: {o.Warmup:N0} untimed page requests, ingest {counts.AckedPerSecond:N0}/s for {Settle.TotalSeconds:F0} s at least",
                async () =>
                {
                    await reads.WarmAsync(o.Warmup, userCancel);
                    await settled;
                });
            started = Stopwatch.GetTimestamp();
            await PhaseProgress.RunAsync(() => Status(o, started, counts, reads, tally), () => Task.WhenAll(
                stop.GuardAsync(ct => reads.RunAsync(duration, ct)),
                stop.GuardAsync(ct => probes.RunAsync(duration, ct))));
        }
        finally
        {
            ingest.StopSending();
            await ingesting;
        }

        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        userCancel.ThrowIfCancellationRequested();
        if (stop.Fatal is { } fatal)
        {
            throw new ToolException(fatal);
        }

        var outcome = tally.Snapshot();
        var misses = outcome.Misses();
        var report = PagesReport.Build(o, new PagesRun(counts, reads.Sent, targets.CaseloadPages, streams, seconds), outcome, misses);
        var table = PagesReport.LatencyTable(outcome);
        SummaryWriter.WriteText(Console.Out, report);
        Console.Out.WriteLine();
        Console.Out.Write(table);
        if (o.Markdown is { } path)
        {
            File.WriteAllText(path, SummaryWriter.Markdown(report) + Environment.NewLine + table);
        }
        return misses.Count == 0 ? 0 : 1;
    }

    private static string Status(PagesOptions o, long started, IngestCounts counts, PageReads reads, PagesTally tally)
    {
        var outcome = tally.Snapshot();
        var pages = outcome.Pages.Values.Sum(s => s.Count);
        var worst = outcome.Pages.Values.Max(s => s.P99);
        return $"{Stopwatch.GetElapsedTime(started).TotalSeconds:F0}/{o.Seconds} s | ingest {counts.AckedPerSecond:N0}/s | " +
               $"pages {pages:N0}/{reads.Sent:N0}, worst p99 {worst:F0} ms, failed {outcome.PageFailures.Values.Sum():N0} | " +
               $"live {outcome.LiveFromPost.Count:N0}, p99 {outcome.LiveFromPost.P99:F0} ms, failed {outcome.ProbeFailures:N0}";
    }
}
