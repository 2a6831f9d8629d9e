using System.Diagnostics;
using CradleToCareer.LoadTool.Identity.Febrl;
using CradleToCareer.LoadTool.Identity.Replay;
using CradleToCareer.LoadTool.Ingest;
using CradleToCareer.LoadTool.Reporting;

namespace CradleToCareer.LoadTool.Identity;

/// <summary>
/// The <c>identity</c> command: two synthetic sources linked only through PII, ingested with matching (and, given a
/// baseline host, without it), then by known ids; scored pairwise against the truth. Exit code 0 when the bar is met,
/// 1 when it is missed or events failed.
/// </summary>
public static class IdentityCommand
{
    public static async Task<int> RunAsync(IdentityOptions o, CancellationToken userCancel)
    {
        if (o.Replay)
        {
            return ReplayCommand.Run(o);
        }
        if (o.Febrl is { } febrl)
        {
            return await FebrlCommand.RunAsync(o, febrl, userCancel);
        }
        var started = Stopwatch.GetTimestamp();
        var population = Population.Generate(o.Records, o.Overlap, o.Seed, o.Tag, o.Corruption);
        var warmup = Warmup.Generate(o, population);
        var generation = Stopwatch.GetElapsedTime(started);
        var statistics = GeneratorStatistics.Of(population);
        if (o.DryRun)
        {
            IdentityDryRun.Print(o, population, warmup, statistics, generation);
            return 0;
        }

        using var run = CancellationTokenSource.CreateLinkedTokenSource(userCancel);
        var stop = new RunStop(run, userCancel);
        using var main = await ServiceTarget.ConnectAsync("main host", o.Url, o, ["source", "steward"], stop, run.Token);
        using var baseline = o.BaselineUrl is { } url
            ? await ServiceTarget.ConnectAsync("baseline host", url, o, ["source"], stop, run.Token)
            : null;
        var result = await new IdentityPhases(stop, userCancel).RunAsync(
            main, baseline, warmup, Workload.Arrivals(population.SourceA, population.SourceB, o.Tag, o.Order, o.Seed),
            Workload.FollowUps(population, o.Tag, o.Order, o.Seed), run.Token);

        var outcome = LinkageOutcome.Measure(population, result.Known);
        var report = IdentityReport.Start("C2C identity: two sources linked through PII", o)
            .Parameter("arrival order", SourceOrders.Name(o.Order))
            .Parameter("url", o.Url)
            .Parameter("baseline url (matching off)", o.BaselineUrl?.ToString() ?? "none: throughput ratio not measured")
            .Parameter("warm-up events per host (not scored)", warmup.Count)
            .Parameter("batch size", o.Batch)
            .Parameter("concurrent requests", o.Concurrency)
            .Parameter("authentication", o.Auth.Describe());
        IdentityReport.AddPopulation(report, statistics);
        var misses = IdentityReport.AddRun(report, population, outcome, result);
        var tables = new[] { IdentityReport.CorruptionTable(statistics), IdentityReport.MissedTable(outcome) };

        SummaryWriter.WriteText(Console.Out, report);
        foreach (var table in tables)
        {
            table.WriteText(Console.Out);
        }
        if (o.Markdown is { } path)
        {
            await File.WriteAllTextAsync(path, IdentityReport.Markdown(report, tables), CancellationToken.None);
        }
        if (o.ErrorsOut is { } errorsPath)
        {
            await LinkageErrors.WriteAsync(errorsPath, o, population, result.Known, outcome);
        }
        var failedEvents = result.Matching.Tally.Errors + result.Known.Tally.Errors + (result.Baseline?.Tally.Errors ?? 0);
        return misses.Count == 0 && failedEvents == 0 ? 0 : 1;
    }
}
