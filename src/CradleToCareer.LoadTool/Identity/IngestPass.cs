using System.Threading.Channels;
using CradleToCareer.LoadTool.Http;
using CradleToCareer.LoadTool.Ingest;
using CradleToCareer.LoadTool.Reporting;

namespace CradleToCareer.LoadTool.Identity;

/// <summary>What one pass got back: the person id each record landed on (null when none), and the tally.</summary>
public sealed record PassResult(string?[] PersonIdsA, string?[] PersonIdsB, IngestTally Tally)
{
    public double EventsPerSecond => Tally.ElapsedSeconds > 0 ? Tally.EventsAnswered / Tally.ElapsedSeconds : 0;
}

/// <summary>
/// Sends the workload stage by stage (all of source A, then all of B, or one shuffled stage), waiting for the last
/// answer of a stage before the next. Batches go out <c>concurrency</c> at a time; the pass is timed from the first
/// send to the last answer.
/// </summary>
public sealed class IngestPass(HttpClient http, AccessTokenSource tokens, RunStop stop, int batchSize, int concurrency)
{
    public async Task<PassResult> RunAsync(string label, Workload workload, CancellationToken ct)
    {
        var tally = new IngestTally();
        using var progressStop = new CancellationTokenSource();
        var progress = ProgressReporter.RunAsync(() => StatusLine(label, tally, workload.Count), progressStop.Token);
        var personIds = new Dictionary<SourceSide, string?[]>
        {
            [SourceSide.A] = new string?[SlotsFor(workload, SourceSide.A)],
            [SourceSide.B] = new string?[SlotsFor(workload, SourceSide.B)],
        };
        foreach (var stage in workload.Stages)
        {
            await SendAllAsync(stage, personIds, tally, ct);
        }
        await progressStop.CancelAsync();
        await progress;
        return new PassResult(personIds[SourceSide.A], personIds[SourceSide.B], tally);
    }

    /// <summary>One slot per record index of the side (a warm-up leaves some records out, so indexes can skip).</summary>
    private static int SlotsFor(Workload workload, SourceSide side) =>
        workload.Stages.SelectMany(stage => stage).Where(e => e.Side == side).Select(e => e.Index + 1).DefaultIfEmpty(0).Max();

    private async Task SendAllAsync(
        IReadOnlyList<SourcedEvent> stage, Dictionary<SourceSide, string?[]> personIds, IngestTally tally, CancellationToken ct)
    {
        var sender = new BatchSender(http, tokens, tally, (batch, results) => Keep(stage, personIds, batch, results));
        var channel = Channel.CreateBounded<EventBatch>(new BoundedChannelOptions(concurrency * 2) { SingleWriter = true });
        var producer = BatchProducer.StartAsync([.. stage.Select(sourced => sourced.Event)], batchSize, channel.Writer, ct);
        var workers = Enumerable.Range(0, concurrency)
            .Select(_ => stop.GuardAsync(async token =>
            {
                await foreach (var batch in channel.Reader.ReadAllAsync(token))
                {
                    await sender.SendAsync(batch, token);
                }
            }))
            .ToArray();
        await Task.WhenAll(workers);
        await producer;
    }

    /// <summary>Batches are numbered from 1 in stage order and results come in request order.</summary>
    private void Keep(IReadOnlyList<SourcedEvent> stage, Dictionary<SourceSide, string?[]> personIds, EventBatch batch, IReadOnlyList<EventResult> results)
    {
        var first = (int)(batch.Number - 1) * batchSize;
        for (var i = 0; i < Math.Min(results.Count, batch.Count); i++)
        {
            var sourced = stage[first + i];
            personIds[sourced.Side][sourced.Index] = results[i].PersonId;
        }
    }

    private static string StatusLine(string label, IngestTally tally, int total)
    {
        var rate = tally.ElapsedSeconds > 0 ? tally.EventsAnswered / tally.ElapsedSeconds : 0;
        return $"{label}: {tally.EventsAnswered:N0}/{total:N0} events | {rate:N0} ev/s | errors {tally.Errors:N0}";
    }
}
