using CradleToCareer.LoadTool.Cli;
using CradleToCareer.LoadTool.Ingest;
using CradleToCareer.LoadTool.Reporting;

namespace CradleToCareer.LoadTool.Identity.Febrl;

/// <summary>
/// <c>identity --febrl FILE</c>: every record of a FEBRL person file, in the chosen arrival order, as its own event to a
/// fresh service; then every event once more, so each answer (a duplicate's) names the person its record belongs to
/// after every later link and merge; those persons are scored pairwise against the file's ground truth. Exit code 0 when the bars are met, 1 when one is
/// missed or events failed.
/// </summary>
public static class FebrlCommand
{
    public static async Task<int> RunAsync(IdentityOptions o, FebrlOptions f, CancellationToken userCancel)
    {
        var file = FebrlCsv.ReadFile(f.Path);
        var arrival = ArrivalOrders.Arrange(file, f.Order, o.Seed);
        var records = arrival.Select(position => file[position]).ToArray();
        var events = arrival.Select(position => FebrlEvents.Arrival(file[position], position, o.Tag)).ToArray();
        var report = FebrlReport.Start(o, f, records);

        using var run = CancellationTokenSource.CreateLinkedTokenSource(userCancel);
        var stop = new RunStop(run, userCancel);
        using var main = await ServiceTarget.ConnectAsync("main host", o.Url, o, ["source", "steward"], stop, run.Token);
        var before = await ReviewQueue.MeasureAsync(main.Http, main.Tokens, run.Token);
        Console.Error.WriteLine($"{main.Name}: {events.Length:N0} events to {main.Http.BaseAddress}");
        var pass = await main.Pass.RunAsync($"{main.Name}, FEBRL", Workload.InOrder(events), run.Token);
        userCancel.ThrowIfCancellationRequested();
        if (stop.Fatal is { } fatal)
        {
            throw new ToolException(fatal);
        }
        var after = await ReviewQueue.MeasureAsync(main.Http, main.Tokens, run.Token);
        var final = await main.Pass.RunAsync($"{main.Name}, FEBRL again (persons as they stand)", Workload.InOrder(events), run.Token);
        userCancel.ThrowIfCancellationRequested();

        var outcome = FebrlOutcome.Measure(records, [.. events.Select(e => e.Student)], final.PersonIdsA);
        var misses = FebrlReport.AddRun(report, records.Length, outcome, pass, before, after);
        var table = FebrlReport.MissedTable(outcome);
        SummaryWriter.WriteText(Console.Out, report);
        table.WriteText(Console.Out);
        if (o.Markdown is { } path)
        {
            await File.WriteAllTextAsync(path, FebrlReport.Markdown(report, table), CancellationToken.None);
        }
        return misses.Count == 0 && pass.Tally.Errors == 0 ? 0 : 1;
    }
}
