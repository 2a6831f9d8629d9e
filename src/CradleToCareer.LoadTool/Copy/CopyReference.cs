using System.Data.Common;
using System.Diagnostics;
using System.Threading.Channels;
using CradleToCareer.LoadTool.Cli;
using CradleToCareer.LoadTool.Events;
using CradleToCareer.LoadTool.Generation;
using CradleToCareer.LoadTool.Ingest;
using CradleToCareer.LoadTool.Reporting;
using CradleToCareer.Storage.Postgres.Diagnostics;

namespace CradleToCareer.LoadTool.Copy;

/// <summary>
/// The <c>copy-reference</c> command: the same generated events written with binary COPY into a bare
/// (source, id, body jsonb) table, one COPY (one commit) per batch, so the service's durable ingest rate can
/// be set against what PostgreSQL itself sustains. The table is created for the run and dropped afterwards.
/// </summary>
public static class CopyReference
{

    public static async Task<int> RunAsync(CopyOptions o, CancellationToken userCancel)
    {
        using var run = CancellationTokenSource.CreateLinkedTokenSource(userCancel);
        run.CancelAfter(o.MaxDuration);
        var stop = new RunStop(run, userCancel);
        try
        {
            await using var table = await CopyReferenceTable.CreateAsync(o.Connection, o.PrimaryKey, run.Token);
            var generator = new JourneyGenerator(o.Seed, o.Tag);
            var latency = new LatencyRecorder();
            long rows = 0;
            var channel = Channel.CreateBounded<(string Source, string Id, string Body)[]>(new BoundedChannelOptions(o.Concurrency * 2) { SingleWriter = true });
            var producer = Produce(generator.Generate(o.Events, o.Students), o.Batch, channel.Writer, run.Token);
            using var progressStop = new CancellationTokenSource();
            var started = Stopwatch.GetTimestamp();
            var progress = ProgressReporter.RunAsync(
                () => $"copied {Interlocked.Read(ref rows):N0}/{o.Events:N0} rows | {Interlocked.Read(ref rows) / Stopwatch.GetElapsedTime(started).TotalSeconds:N0} rows/s | COPY p50 {latency.Summarize().P50:F0} ms",
                progressStop.Token);
            var writers = Enumerable.Range(0, o.Concurrency).Select(_ => stop.GuardAsync(async ct =>
            {
                await using var writer = await table.OpenWriterAsync(ct);
                await foreach (var batch in channel.Reader.ReadAllAsync(ct))
                {
                    var copyStarted = Stopwatch.GetTimestamp();
                    await writer.CopyAsync(batch, ct);
                    latency.Record(Stopwatch.GetElapsedTime(copyStarted));
                    Interlocked.Add(ref rows, batch.Length);
                }
            })).ToArray();
            await Task.WhenAll(writers);
            await producer;
            var elapsed = Stopwatch.GetElapsedTime(started).TotalSeconds;
            await progressStop.CancelAsync();
            await progress;
            var bytes = await table.SizeAsync(CancellationToken.None);
            var report = Report(o, rows, generator.StudentsEmitted, elapsed, latency.Summarize(), bytes, stop.Reason);
            SummaryWriter.WriteText(Console.Out, report);
            if (o.Markdown is { } markdown)
            {
                SummaryWriter.WriteMarkdown(markdown, report);
            }

            return stop.Fatal is null ? 0 : 1;
        }
        catch (DbException e)
        {
            throw new ToolException($"PostgreSQL: {e.Message}", e);
        }
    }

    private static Task Produce(IEnumerable<GeneratedEvent> events, int batchSize, ChannelWriter<(string Source, string Id, string Body)[]> writer, CancellationToken ct) =>
        Task.Run(async () =>
        {
            try
            {
                foreach (var chunk in events.Chunk(batchSize))
                {
                    await writer.WriteAsync(chunk.Select(e => (e.Source, e.Id, EventJson.ToJson(e))).ToArray(), ct);
                }
                writer.Complete();
            }
            catch (Exception e)
            {
                writer.Complete(e is OperationCanceledException ? null : e);
            }
        }, CancellationToken.None);

    private static RunReport Report(CopyOptions o, long rows, long students, double elapsed, LatencySummary latency, long? bytes, string? stopReason)
    {
        var report = new RunReport("PostgreSQL reference: binary COPY of the same events")
            .Parameter("events requested", o.Events)
            .Parameter("students", o.Students?.ToString("N0") ?? "auto")
            .Parameter("rows per COPY (one commit each)", o.Batch)
            .Parameter("connections", o.Concurrency)
            .Parameter("seed / id tag", $"{o.Seed} / {o.Tag}")
            .Parameter("table", o.PrimaryKey ? "(source, id, body jsonb), primary key (source, id)" : "(source, id, body jsonb), no index")
            .Result("rows", rows)
            .Result("students generated", students)
            .Result("duration (s)", Math.Round(elapsed, 1))
            .Result("rows/s", elapsed > 0 ? (long)Math.Round(rows / elapsed) : null)
            .Result("COPY latency p50 (ms)", latency.P50)
            .Result("COPY latency p99 (ms)", latency.P99)
            .Result("COPY latency max (ms)", latency.Max)
            .Result("table size (MiB)", bytes / (1024.0 * 1024.0))
            .Result("bytes per row", bytes is { } b && rows > 0 ? b / rows : null);
        if (stopReason is not null)
        {
            report.Notes.Add($"stopped early: {stopReason}");
        }
        return report;
    }
}
