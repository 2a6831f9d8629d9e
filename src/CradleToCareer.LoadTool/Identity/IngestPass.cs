using System.Threading.Channels;
using CradleToCareer.LoadTool.Events;
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
/// Sends all of source A's events, waits for the last answer, then all of source B's, so no B record is matched
/// before its A counterpart is committed. Batches go out <c>concurrency</c> at a time; the pass is timed from the
/// first send to the last answer.
/// </summary>
public sealed class IngestPass(HttpClient http, AccessTokenSource tokens, RunStop stop, int batchSize, int concurrency)
{
    public async Task<PassResult> RunAsync(string label, Workload workload, CancellationToken ct)
    {
        var tally = new IngestTally();
        using var progressStop = new CancellationTokenSource();
        var progress = ProgressReporter.RunAsync(() => StatusLine(label, tally, workload.Count), progressStop.Token);
        var personIdsA = await SendAllAsync(workload.SourceA, tally, ct);
        var personIdsB = await SendAllAsync(workload.SourceB, tally, ct);
        await progressStop.CancelAsync();
        await progress;
        return new PassResult(personIdsA, personIdsB, tally);
    }

    private async Task<string?[]> SendAllAsync(IReadOnlyList<GeneratedEvent> events, IngestTally tally, CancellationToken ct)
    {
        var personIds = new string?[events.Count];
        var sender = new BatchSender(http, tokens, tally, (batch, results) => Keep(personIds, batch, results));
        var channel = Channel.CreateBounded<EventBatch>(new BoundedChannelOptions(concurrency * 2) { SingleWriter = true });
        var producer = BatchProducer.StartAsync(events, batchSize, channel.Writer, ct);
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
        return personIds;
    }

    /// <summary>Batches are numbered from 1 in stream order and results come in request order.</summary>
    private void Keep(string?[] personIds, EventBatch batch, IReadOnlyList<EventResult> results)
    {
        var first = (int)(batch.Number - 1) * batchSize;
        for (var i = 0; i < Math.Min(results.Count, batch.Count); i++)
        {
            personIds[first + i] = results[i].PersonId;
        }
    }

    private static string StatusLine(string label, IngestTally tally, int total)
    {
        var rate = tally.ElapsedSeconds > 0 ? tally.EventsAnswered / tally.ElapsedSeconds : 0;
        return $"{label}: {tally.EventsAnswered:N0}/{total:N0} events | {rate:N0} ev/s | errors {tally.Errors:N0}";
    }
}
