using System.Diagnostics;
using CradleToCareer.LoadTool.Alerts;
using CradleToCareer.LoadTool.Cli;
using CradleToCareer.LoadTool.Http;
using CradleToCareer.LoadTool.Ingest;
using CradleToCareer.LoadTool.Kill;
using CradleToCareer.LoadTool.Reporting;
using CradleToCareer.LoadTool.Webhooks;

namespace CradleToCareer.LoadTool.TranscriptRequests;

/// <summary>
/// The <c>transcript-requests</c> command: after setup, a steady background ingest runs while phase "consented" and
/// phase "consent-grant" (or, in kill mode, the kill phase alone) send transcript requests and a receiver checks the
/// pushes. Exit code 0 when every bar is met, 1 when one is missed, 2 when setup or the kill failed.
/// </summary>
public static class TranscriptRequestsCommand
{
    /// <summary>Connections for the college's requests: open loop, so a slow answer must not hold up the next request.</summary>
    public const int RequestConnections = 256;

    /// <summary>Longer than any run; the background ingest ends when told to.</summary>
    private static readonly TimeSpan UntilStopped = TimeSpan.FromDays(1);

    public static async Task<int> RunAsync(TranscriptRequestsOptions o, CancellationToken userCancel)
    {
        if (o.Kill is { } kill)
        {
            HostKiller.HostPid(kill.HostPidFile);
        }
        using var http = ServiceHttp.CreateClient(o.Url, RequestConnections, o.Timeout);
        using var ingestHttp = ServiceHttp.CreateClient(o.Url, SteadyIngest.MaxInFlight, o.Timeout);
        using var run = CancellationTokenSource.CreateLinkedTokenSource(userCancel);
        var stop = new RunStop(run, userCancel);
        var pushes = new PushTally();
        var secrets = new PushSecrets();
        await using var receiver = WebhookReceiver.Start(o.ReceiverPort, PushJudge.Path, new PushJudge(pushes, secrets));
        var now = DateTime.UtcNow;
        var targets = await TranscriptRequestsSetup.RunAsync(o, http, DateOnly.FromDateTime(now), now, run.Token);

        var counts = new IngestCounts();
        var background = new BackgroundEvents(targets.Background, o.Tag, DateOnly.FromDateTime(now), now);
        var ingest = new SteadyIngest(new AckingSender(ingestHttp, targets.Source, counts), background.NextBatch, o.IngestRate, UntilStopped, stop);
        var ingesting = o.IngestRate == 0 ? Task.CompletedTask : stop.GuardAsync(ingest.RunAsync);
        string IngestStatus() => o.IngestRate == 0 ? "no background ingest" : $"ingest {counts.EventsAcked:N0} events, {counts.AckedPerSecond:N0}/s";

        var calls = new CollegeCalls(http, targets.College);
        var pushed = new PushedRequests(secrets);
        var started = Stopwatch.GetTimestamp();
        ConsentedOutcome? consented = null;
        GrantOutcome? grant = null;
        KillOutcome? killed = null;
        try
        {
            if (o.Kill is { } plan)
            {
                killed = await new KillPhase(o, plan, calls, targets, receiver.Url, pushes, pushed, stop, IngestStatus, ProgressReporter.Log).RunAsync(run.Token);
            }
            else
            {
                consented = await new ConsentedPhase(o, calls, targets.Consented, IngestStatus).RunAsync(run.Token);
                grant = await new ConsentGrantPhase(o, http, calls, targets, receiver.Url, pushes, pushed, IngestStatus).RunAsync(run.Token);
            }
        }
        catch (OperationCanceledException) when (stop.Fatal is { } fatal)
        {
            throw new ToolException(fatal);
        }
        finally
        {
            ingest.StopSending();
            await ingesting;
        }
        userCancel.ThrowIfCancellationRequested();
        if (stop.Fatal is { } failure)
        {
            throw new ToolException(failure);
        }

        var report = TranscriptRequestsReport.Build(o, new RequestsRun(counts, started, receiver.Url), consented, grant, killed);
        report.WriteText(Console.Out);
        if (o.Markdown is { } path)
        {
            await File.WriteAllTextAsync(path, report.Markdown(), CancellationToken.None);
        }
        return report.Met ? 0 : 1;
    }
}
