using System.Diagnostics;
using System.Threading.Channels;
using CradleToCareer.LoadTool.Cli;
using CradleToCareer.LoadTool.Events;
using CradleToCareer.LoadTool.Generation;
using CradleToCareer.LoadTool.Ingest;
using CradleToCareer.LoadTool.Reporting;
using Npgsql;
using NpgsqlTypes;

namespace CradleToCareer.LoadTool.Copy;

/// <summary>
/// The <c>copy-reference</c> command: the same generated events written with binary COPY into a bare
/// (source, id, body jsonb) table, one COPY (one commit) per batch, so the service's durable ingest rate can
/// be set against what PostgreSQL itself sustains. The table is created for the run and dropped afterwards.
/// </summary>
public static class CopyReference
{
    private sealed record Row(string Source, string Id, string Body);

    public static async Task<int> RunAsync(CopyOptions o, CancellationToken userCancel)
    {
        await using var dataSource = NpgsqlDataSource.Create(o.Connection);
        var table = $"c2c_loadtool_copy_{Environment.ProcessId}_{DateTime.UtcNow:HHmmss}";
        using var run = CancellationTokenSource.CreateLinkedTokenSource(userCancel);
        run.CancelAfter(o.MaxDuration);
        var stop = new RunStop(run, userCancel);
        await Execute(dataSource, $"CREATE TABLE {table} (source text NOT NULL, id text NOT NULL, body jsonb NOT NULL{(o.PrimaryKey ? ", PRIMARY KEY (source, id)" : "")})", run.Token);
        try
        {
            var generator = new JourneyGenerator(o.Seed, o.Tag);
            var latency = new LatencyRecorder();
            long rows = 0;
            var channel = Channel.CreateBounded<Row[]>(new BoundedChannelOptions(o.Concurrency * 2) { SingleWriter = true });
            var producer = Produce(generator.Generate(o.Events, o.Students), o.Batch, channel.Writer, run.Token);
            using var progressStop = new CancellationTokenSource();
            var started = Stopwatch.GetTimestamp();
            var progress = ProgressReporter.RunAsync(
                () => $"copied {Interlocked.Read(ref rows):N0}/{o.Events:N0} rows | {Interlocked.Read(ref rows) / Stopwatch.GetElapsedTime(started).TotalSeconds:N0} rows/s | COPY p50 {latency.Summarize().P50:F0} ms",
                progressStop.Token);
            var writers = Enumerable.Range(0, o.Concurrency).Select(_ => stop.GuardAsync(async ct =>
            {
                await using var connection = await dataSource.OpenConnectionAsync(ct);
                await foreach (var batch in channel.Reader.ReadAllAsync(ct))
                {
                    var copyStarted = Stopwatch.GetTimestamp();
                    await CopyBatch(connection, table, batch, ct);
                    latency.Record(Stopwatch.GetElapsedTime(copyStarted));
                    Interlocked.Add(ref rows, batch.Length);
                }
            })).ToArray();
            await Task.WhenAll(writers);
            await producer;
            var elapsed = Stopwatch.GetElapsedTime(started).TotalSeconds;
            await progressStop.CancelAsync();
            await progress;
            var bytes = await Scalar(dataSource, $"SELECT pg_total_relation_size('{table}')", CancellationToken.None);
            var report = Report(o, rows, generator.StudentsEmitted, elapsed, latency.Summarize(), bytes, stop.Reason);
            SummaryWriter.WriteText(Console.Out, report);
            if (o.Markdown is { } markdown)
            {
                SummaryWriter.WriteMarkdown(markdown, report);
            }
            return stop.Fatal is null ? 0 : 1;
        }
        finally
        {
            await Execute(dataSource, $"DROP TABLE IF EXISTS {table}", CancellationToken.None);
        }
    }

    private static Task Produce(IEnumerable<GeneratedEvent> events, int batchSize, ChannelWriter<Row[]> writer, CancellationToken ct) =>
        Task.Run(async () =>
        {
            try
            {
                foreach (var chunk in events.Chunk(batchSize))
                {
                    await writer.WriteAsync(chunk.Select(e => new Row(e.Source, e.Id, EventJson.ToJson(e))).ToArray(), ct);
                }
                writer.Complete();
            }
            catch (Exception e)
            {
                writer.Complete(e is OperationCanceledException ? null : e);
            }
        }, CancellationToken.None);

    private static async Task CopyBatch(NpgsqlConnection connection, string table, Row[] batch, CancellationToken ct)
    {
        try
        {
            await using var importer = await connection.BeginBinaryImportAsync($"COPY {table} (source, id, body) FROM STDIN (FORMAT BINARY)", ct);
            foreach (var row in batch)
            {
                await importer.StartRowAsync(ct);
                await importer.WriteAsync(row.Source, NpgsqlDbType.Text, ct);
                await importer.WriteAsync(row.Id, NpgsqlDbType.Text, ct);
                await importer.WriteAsync(row.Body, NpgsqlDbType.Jsonb, ct);
            }
            await importer.CompleteAsync(ct);
        }
        catch (PostgresException e)
        {
            throw new ToolException($"COPY failed: {e.MessageText}", e);
        }
    }

    private static async Task Execute(NpgsqlDataSource dataSource, string sql, CancellationToken ct)
    {
        try
        {
            await using var command = dataSource.CreateCommand(sql);
            await command.ExecuteNonQueryAsync(ct);
        }
        catch (NpgsqlException e)
        {
            throw new ToolException($"PostgreSQL: {e.Message}", e);
        }
    }

    private static async Task<long?> Scalar(NpgsqlDataSource dataSource, string sql, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(sql);
        return await command.ExecuteScalarAsync(ct) as long?;
    }

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
