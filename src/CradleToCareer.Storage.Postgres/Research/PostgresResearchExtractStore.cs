using System.Runtime.CompilerServices;
using CradleToCareer.Application.Research;
using CradleToCareer.Domain.Research;
using Npgsql;
using NpgsqlTypes;

namespace CradleToCareer.Storage.Postgres.Research;

/// <summary>
/// Extracts (table <c>c2c_research_extract</c>) and their files (<see cref="ExtractChunks"/>). Every change compares and
/// sets in one statement: it happens only while the attempt it names is current and the extract unfinished. A start or
/// a failure, which also drop the chunks, is one transaction that changes the extract's row first.
/// </summary>
public sealed class PostgresResearchExtractStore(NpgsqlDataSource dataSource) : IResearchExtractStore
{
    private const string Unfinished = $"status IN ('{ExtractStatus.Queued}', '{ExtractStatus.Running}')";

    private const string Current = $"extract_id = @id AND attempt = @attempt AND status = '{ExtractStatus.Running}'";

    /// <summary>Keeps the extract as new: queued, attempt 0, no progress, whatever the record says of its job.</summary>
    public async Task AddAsync(ResearchExtract extract, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(extract);
        await using var command = dataSource.CreateCommand(
            $"""
            INSERT INTO c2c_research_extract
                (extract_id, project_id, organization_id, requested_by, requested_at, status, attempt, processed)
            VALUES (@id, @project, @organization, @by, @at, '{ExtractStatus.Queued}', 0, 0)
            """);
        command.Parameters.AddWithValue("id", extract.ExtractId);
        command.Parameters.AddWithValue("project", extract.ProjectId);
        command.Parameters.AddWithValue("organization", extract.OrganizationId);
        command.Parameters.AddWithValue("by", extract.RequestedBy);
        command.Parameters.AddWithValue("at", extract.RequestedAt.ToUniversalTime());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<ResearchExtract?> FindAsync(string extractId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"SELECT {ExtractColumns.Select} FROM c2c_research_extract WHERE extract_id = @id");
        command.Parameters.AddWithValue("id", extractId);
        return (await ExtractColumns.ReadAllAsync(command, cancellationToken)) is [var extract] ? extract : null;
    }

    public async Task<IReadOnlyList<ResearchExtract>> ListAsync(string projectId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            $"""
            SELECT {ExtractColumns.Select} FROM c2c_research_extract
            WHERE project_id = @project
            ORDER BY requested_at DESC, extract_id DESC
            """);
        command.Parameters.AddWithValue("project", projectId);
        return await ExtractColumns.ReadAllAsync(command, cancellationToken);
    }

    public async Task<IReadOnlyList<string>> UnfinishedAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            $"SELECT extract_id FROM c2c_research_extract WHERE {Unfinished} ORDER BY requested_at, extract_id");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var ids = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    public Task<int?> StartAsync(string extractId, CancellationToken cancellationToken) => ChangeAndDropChunksAsync(
        $"""
        UPDATE c2c_research_extract
        SET status = '{ExtractStatus.Running}', attempt = attempt + 1, processed = 0, total = NULL
        WHERE extract_id = @id AND {Unfinished}
        RETURNING attempt
        """,
        extractId,
        _ => { },
        cancellationToken);

    public async Task ProgressAsync(string extractId, int attempt, long processed, long? total, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"UPDATE c2c_research_extract SET processed = @processed, total = @total WHERE {Current}");
        command.Parameters.AddWithValue("id", extractId);
        command.Parameters.AddWithValue("attempt", attempt);
        command.Parameters.AddWithValue("processed", processed);
        command.Parameters.AddWithValue("total", NpgsqlDbType.Bigint, (object?)total ?? DBNull.Value);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public Task<bool> AppendChunkAsync(
        string extractId, int attempt, int sequence, ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken) =>
        ExtractChunks.AppendAsync(dataSource, extractId, attempt, sequence, bytes, cancellationToken);

    public async Task<bool> CompleteAsync(
        string extractId, int attempt, ExtractSummary summary, DateTimeOffset finishedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(summary);
        await using var command = dataSource.CreateCommand(
            $"""
            UPDATE c2c_research_extract
            SET status = '{ExtractStatus.Ready}', summary_rows = @rows, summary_generalized = @generalized,
                summary_dropped = @dropped, summary_bytes = @bytes, finished_at = @finished
            WHERE {Current}
            """);
        command.Parameters.AddWithValue("id", extractId);
        command.Parameters.AddWithValue("attempt", attempt);
        command.Parameters.AddWithValue("rows", summary.Rows);
        command.Parameters.AddWithValue("generalized", summary.Generalized);
        command.Parameters.AddWithValue("dropped", summary.Dropped);
        command.Parameters.AddWithValue("bytes", summary.Bytes);
        command.Parameters.AddWithValue("finished", finishedAt.ToUniversalTime());
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <summary>Fails the extract while <paramref name="attempt"/> is current and it is unfinished (queued, attempt 0, too).</summary>
    public async Task<bool> FailAsync(string extractId, int attempt, string reason, DateTimeOffset finishedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reason);
        var failed = await ChangeAndDropChunksAsync(
            $"""
            UPDATE c2c_research_extract
            SET status = '{ExtractStatus.Failed}', failure = @reason, finished_at = @finished
            WHERE extract_id = @id AND attempt = @attempt AND {Unfinished}
            RETURNING attempt
            """,
            extractId,
            parameters =>
            {
                parameters.AddWithValue("attempt", attempt);
                parameters.AddWithValue("reason", reason);
                parameters.AddWithValue("finished", finishedAt.ToUniversalTime());
            },
            cancellationToken);
        return failed is not null;
    }

    public async IAsyncEnumerable<ReadOnlyMemory<byte>> ReadFileAsync(
        string extractId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // One query per chunk: the whole file is never in memory, and no connection is held while the caller sends it on.
        var after = -1;
        while (await ExtractChunks.ReadAfterAsync(dataSource, extractId, after, cancellationToken) is { } chunk)
        {
            after = chunk.Sequence;
            yield return chunk.Bytes;
        }
    }

    /// <summary>
    /// Runs <paramref name="updateSql"/> (an update of the extract's row, returning its attempt) and, when it changed the
    /// row, deletes every chunk of the extract, in one transaction; the attempt returned, or null when nothing changed.
    /// </summary>
    private async Task<int?> ChangeAndDropChunksAsync(
        string updateSql, string extractId, Action<NpgsqlParameterCollection> bind, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var update = new NpgsqlCommand(updateSql, connection, transaction);
        update.Parameters.AddWithValue("id", extractId);
        bind(update.Parameters);
        if (await update.ExecuteScalarAsync(cancellationToken) is not int attempt)
        {
            return null;
        }

        await ExtractChunks.DropAsync(connection, transaction, extractId, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return attempt;
    }
}
