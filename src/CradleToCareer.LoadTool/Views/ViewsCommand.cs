using CradleToCareer.LoadTool.Cli;
using CradleToCareer.LoadTool.Http;
using CradleToCareer.LoadTool.Ingest;
using CradleToCareer.LoadTool.Reads;

namespace CradleToCareer.LoadTool.Views;

/// <summary>
/// The <c>views</c> command: transcript issue latency (JSON and JWS) and progress-view throughput against a trivial
/// endpoint of the same host, for consented full-record students, under a steady background ingest. Exit code 0 when
/// the bar is met, 1 when it is missed or any request failed.
/// </summary>
public static class ViewsCommand
{
    public static async Task<int> RunAsync(ViewsOptions o, CancellationToken userCancel)
    {
        using var http = ServiceHttp.CreateClient(o.Url, o.Concurrency, o.Timeout);
        using var backgroundHttp = ServiceHttp.CreateClient(o.Url, BackgroundIngest.MaxInFlight, o.Timeout);
        using var run = CancellationTokenSource.CreateLinkedTokenSource(userCancel);
        var stop = new RunStop(run, userCancel);

        var targets = await ViewsSetup.RunAsync(o, http, run.Token);
        var background = BackgroundLoad.Start(backgroundHttp, targets.Source, o, stop, run.Token);
        ViewsResults results;
        try
        {
            results = await new ViewsMeasurement(o, new ReaderCalls(http, targets.Reader), targets.PersonIds, background.Status).RunAsync(run.Token);
        }
        catch (OperationCanceledException) when (stop.Fatal is { } fatal)
        {
            throw new ToolException($"background ingest: {fatal}");
        }
        finally
        {
            await background.StopAsync();
        }

        var report = ViewsReport.Build(o, targets, background, results, stop.Reason);
        report.WriteText(Console.Out);
        if (o.Markdown is { } path)
        {
            await File.WriteAllTextAsync(path, report.Markdown(), CancellationToken.None);
        }
        return report.Misses.Count == 0 ? 0 : 1;
    }
}
