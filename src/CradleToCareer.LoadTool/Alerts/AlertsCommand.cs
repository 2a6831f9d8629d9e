using System.Diagnostics;
using CradleToCareer.LoadTool.Cli;
using CradleToCareer.LoadTool.Http;
using CradleToCareer.LoadTool.Ingest;
using CradleToCareer.LoadTool.Kill;
using CradleToCareer.LoadTool.Reporting;
using CradleToCareer.LoadTool.Views;
using CradleToCareer.LoadTool.Webhooks;

namespace CradleToCareer.LoadTool.Alerts;

/// <summary>
/// The <c>alerts</c> command: end-to-end latency of milestone webhooks under a steady ingest, and optionally proof that
/// no alert is lost or announced twice across a SIGKILL of the host. Exit code 0 when the bar is met, 1 when it is
/// missed, 2 when setup or the kill failed.
/// </summary>
public static class AlertsCommand
{
    public static async Task<int> RunAsync(AlertsOptions o, CancellationToken userCancel)
    {
        if (o.Kill is { } kill)
        {
            HostKiller.HostPid(kill.HostPidFile);
        }
        using var http = ServiceHttp.CreateClient(o.Url, SteadyIngest.MaxInFlight + AlertsSetup.ConsentConcurrency, o.Timeout);
        using var run = CancellationTokenSource.CreateLinkedTokenSource(userCancel);
        var stop = new RunStop(run, userCancel);
        var tally = new AlertTally();
        var judge = new AlertJudge(tally);
        await using var receiver = WebhookReceiver.Start(o.ReceiverPort, AlertJudge.Path, judge);
        var now = DateTime.UtcNow;
        var today = DateOnly.FromDateTime(now);
        var targets = await AlertsSetup.RunAsync(o, http, receiver.Url, judge, today, now, run.Token);

        var counts = new IngestCounts();
        var workload = new AlertWorkload(targets.Students, o.AlertShare, o.Tag, today, now);
        var sender = new AckingSender(http, targets.Source, counts, new MilestoneAcks(tally, counts, targets.ConsentedPersons));
        var ingest = new SteadyIngest(sender, workload.NextBatch, o.Rate, TimeSpan.FromSeconds(o.DurationSeconds), stop);
        var outage = new Outage();
        var started = Stopwatch.GetTimestamp();
        await PhaseProgress.RunAsync(() => MeasureStatus(o, started, counts, tally, outage), async () =>
        {
            var killing = o.Kill is { } plan ? stop.GuardAsync(ct => HostKiller.RunAsync(plan, o.Url, outage, ProgressReporter.Log, ct)) : Task.CompletedTask;
            await stop.GuardAsync(ingest.RunAsync);
            await killing;
        });
        userCancel.ThrowIfCancellationRequested();
        if (stop.Fatal is { } fatal)
        {
            throw new ToolException(fatal);
        }

        double? drained = null;
        await PhaseProgress.RunAsync(() => DrainStatus(tally), async () => drained = await WebhookDrain.RunAsync(tally.Progress, TimeSpan.FromSeconds(o.DrainSeconds), userCancel));
        var stopped = await targets.Subscription.StopAsync(http, targets.Subscriber, userCancel);

        var outcome = AlertOutcome.From(tally.Snapshot(), outage.Window);
        var misses = AlertsBar.Misses(outcome, o.Kill is not null, counts.NotAcceptedCount);
        var summary = new AlertsRun(
            counts, workload.MilestonesPlanned, started, outage.Window, drained, receiver.Url, targets.Subscription.Id, stopped);
        var report = AlertsReport.Build(o, summary, outcome, misses);
        SummaryWriter.WriteText(Console.Out, report);
        if (o.Markdown is { } path)
        {
            SummaryWriter.WriteMarkdown(path, report);
        }
        return misses.Count == 0 ? 0 : 1;
    }

    private static string MeasureStatus(AlertsOptions o, long started, IngestCounts counts, AlertTally tally, Outage outage)
    {
        var outcome = AlertOutcome.From(tally.Snapshot(), null);
        return $"ingest {Stopwatch.GetElapsedTime(started).TotalSeconds:F0}/{o.DurationSeconds} s | acked {counts.EventsAcked:N0} events, " +
               $"{counts.AckedPerSecond:N0}/s | alerts {outcome.Received:N0}/{outcome.Expected:N0}, p99 {outcome.All.P99:F0} ms | " +
               $"failed attempts {counts.FailedAttemptCount:N0} | bad signatures {outcome.SignatureFailures:N0}{outage.Status()}";
    }

    private static string DrainStatus(AlertTally tally)
    {
        var (expected, received) = tally.Progress();
        return $"drain: alerts {received:N0}/{expected:N0} | bad signatures {tally.SignatureFailures:N0}";
    }
}
