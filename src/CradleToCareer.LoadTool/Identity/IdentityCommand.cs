using System.Diagnostics;
using CradleToCareer.LoadTool.Cli;
using CradleToCareer.LoadTool.Events;
using CradleToCareer.LoadTool.Http;
using CradleToCareer.LoadTool.Ingest;
using CradleToCareer.LoadTool.Reporting;

namespace CradleToCareer.LoadTool.Identity;

/// <summary>
/// The <c>identity</c> command: two synthetic sources linked only through PII, ingested twice (with matching, then
/// by known ids), scored pairwise against the truth. Exit code 0 when the bar is met, 1 when it is missed or events failed.
/// </summary>
public static class IdentityCommand
{
    public static async Task<int> RunAsync(IdentityOptions o, CancellationToken userCancel)
    {
        var started = Stopwatch.GetTimestamp();
        var population = Population.Generate(o.Records, o.Overlap, o.Seed, o.Tag);
        var generation = Stopwatch.GetElapsedTime(started);
        var statistics = GeneratorStatistics.Of(population);
        if (o.DryRun)
        {
            IdentityDryRun.Print(o, population, statistics, generation);
            return 0;
        }

        using var http = ServiceHttp.CreateClient(o.Url, o.Concurrency, o.Timeout);
        using var run = CancellationTokenSource.CreateLinkedTokenSource(userCancel);
        var stop = new RunStop(run, userCancel);
        var tokens = await AccessTokenSource.CreateAsync(http, o.Auth, ["source", "steward"], run.Token);
        var pass = new IngestPass(http, tokens, stop, o.Batch, o.Concurrency);

        var reviewsBefore = await ReviewQueue.MeasureAsync(http, tokens, run.Token);
        var matching = await pass.RunAsync(
            "pass 1, matching", ToEvents(population.SourceA, r => IdentityEvents.Arrival(r, o.Tag)),
            ToEvents(population.SourceB, r => IdentityEvents.Arrival(r, o.Tag)), run.Token);
        ThrowIfStopped(stop, userCancel);
        var reviewsAfter = await ReviewQueue.MeasureAsync(http, tokens, run.Token);
        var known = await pass.RunAsync(
            "pass 2, ids known", ToEvents(population.SourceA, r => IdentityEvents.FollowUp(r, o.Tag)),
            ToEvents(population.SourceB, r => IdentityEvents.FollowUp(r, o.Tag)), run.Token);
        ThrowIfStopped(stop, userCancel);

        var outcome = LinkageOutcome.Measure(population, matching);
        var report = IdentityReport.Start("C2C identity: two sources linked through PII", o)
            .Parameter("url", o.Url)
            .Parameter("batch size", o.Batch)
            .Parameter("concurrent requests", o.Concurrency)
            .Parameter("authentication", o.Auth.Describe());
        IdentityReport.AddPopulation(report, statistics);
        var misses = IdentityReport.AddRun(report, outcome, matching, known, reviewsBefore, reviewsAfter);
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
        var failedEvents = matching.Tally.Errors + known.Tally.Errors;
        return misses.Count == 0 && failedEvents == 0 ? 0 : 1;
    }

    private static List<GeneratedEvent> ToEvents(IReadOnlyList<SourceRecord> records, Func<SourceRecord, GeneratedEvent> toEvent) =>
        [.. records.Select(toEvent)];

    private static void ThrowIfStopped(RunStop stop, CancellationToken userCancel)
    {
        userCancel.ThrowIfCancellationRequested();
        if (stop.Fatal is { } fatal)
        {
            throw new ToolException(fatal);
        }
    }
}
