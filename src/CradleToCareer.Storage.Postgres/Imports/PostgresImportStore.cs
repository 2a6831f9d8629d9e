using System.Runtime.CompilerServices;
using CradleToCareer.Application.Imports;
using CradleToCareer.Application.Ingest;
using Npgsql;
using NpgsqlTypes;

namespace CradleToCareer.Storage.Postgres.Imports;

/// <summary>
/// Import jobs (table <c>c2c_import</c>) and their chunks (<c>c2c_import_chunk</c>). Workers on every silo claim a job
/// with <c>FOR UPDATE SKIP LOCKED</c>, in the order of <c>turn_at</c>, and hold it by a lease; each chunk's results, the
/// job's progress and the lease's renewal are one statement that holds only while the worker still owns the lease; it
/// empties the chunk's lines, which are needed no more. An organization's new uploads take their places one at a time
/// (<see cref="OrganizationLock"/>).
/// </summary>
public sealed class PostgresImportStore(NpgsqlDataSource dataSource) : IImportStore
{
    private const string Columns =
        "import_id, organization_id, client_id, roles, status, lines, processed, accepted, duplicate, conflict, rejected, created_at, finished_at, " +
        "results_deleted_at";

    /// <summary>
    /// Serialises the new uploads of one organization (a transaction-level advisory lock on the pair (this store, a hash
    /// of the organization id)): the batch that takes it counts the organization's unfinished jobs in a statement of its
    /// own, which sees every upload added before the lock was let go.
    /// </summary>
    private static readonly string OrganizationLock = $"SELECT pg_advisory_xact_lock({UploadLockSpace}, hashtext(@organization))";

    private const int UploadLockSpace = 0x0C2C_0006;

    private const string Held = $"import_id = @id AND status = '{ImportStatus.Running}' AND lease_owner = @owner";

    public async Task<bool> TryAddAsync(ImportJob job, int maxUnfinished, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var batch = new NpgsqlBatch(connection);
        var lockOrganization = new NpgsqlBatchCommand(OrganizationLock);
        lockOrganization.Parameters.AddWithValue("organization", job.OrganizationId);
        batch.BatchCommands.Add(lockOrganization);
        var add = new NpgsqlBatchCommand(
            $"""
            INSERT INTO c2c_import ({Columns}, turn_at)
            SELECT @id, @organization, @client, @roles, '{ImportStatus.Receiving}', 0, 0, 0, 0, 0, 0, @created, NULL, NULL, @created
            WHERE (SELECT count(*) FROM c2c_import WHERE organization_id = @organization AND status <> '{ImportStatus.Done}') < @max
            """);
        add.Parameters.AddWithValue("id", job.ImportId);
        add.Parameters.AddWithValue("organization", job.OrganizationId);
        add.Parameters.AddWithValue("client", job.ClientId);
        add.Parameters.AddWithValue("roles", job.Roles.ToArray());
        add.Parameters.AddWithValue("created", job.CreatedAt.ToUniversalTime());
        add.Parameters.AddWithValue("max", (long)maxUnfinished);
        batch.BatchCommands.Add(add);
        await batch.ExecuteNonQueryAsync(cancellationToken);
        return add.RecordsAffected == 1;
    }

    public async Task AddChunkAsync(string importId, int sequence, IReadOnlyList<NdjsonLine> lines, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            $"""
            INSERT INTO c2c_import_chunk (import_id, seq, lines)
            SELECT import_id, @seq, @lines FROM c2c_import WHERE import_id = @id AND status = '{ImportStatus.Receiving}'
            """);
        command.Parameters.AddWithValue("id", importId);
        command.Parameters.AddWithValue("seq", sequence);
        command.Parameters.AddWithValue("lines", NpgsqlDbType.Bytea, ImportLineCodec.Encode(lines));
        if (await command.ExecuteNonQueryAsync(cancellationToken) != 1)
        {
            throw new InvalidOperationException($"Chunk {sequence} of import {importId} cannot be added: the import is not receiving.");
        }
    }

    public async Task<bool> SealAsync(string importId, long lines, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            $"UPDATE c2c_import SET status = '{ImportStatus.Queued}', lines = @lines WHERE import_id = @id AND status = '{ImportStatus.Receiving}'");
        command.Parameters.AddWithValue("id", importId);
        command.Parameters.AddWithValue("lines", lines);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task AbandonAsync(string importId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            $"DELETE FROM c2c_import WHERE import_id = @id AND status = '{ImportStatus.Receiving}'");
        command.Parameters.AddWithValue("id", importId);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<ImportJob?> FindAsync(string importId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"SELECT {Columns} FROM c2c_import WHERE import_id = @id");
        command.Parameters.AddWithValue("id", importId);
        return await ReadAllAsync(command, cancellationToken) is [var job] ? job : null;
    }

    public async Task<IReadOnlyList<ImportJob>> ListAsync(string organizationId, string? after, int limit, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            $"""
            SELECT {Columns} FROM c2c_import
            WHERE organization_id = @organization AND status <> '{ImportStatus.Receiving}'
              AND (@after::text IS NULL OR (created_at, import_id) < (SELECT created_at, import_id FROM c2c_import WHERE import_id = @after))
            ORDER BY created_at DESC, import_id DESC
            LIMIT @limit
            """);
        command.Parameters.AddWithValue("organization", organizationId);
        command.Parameters.AddWithValue("after", NpgsqlDbType.Text, (object?)after ?? DBNull.Value);
        command.Parameters.AddWithValue("limit", limit);
        return await ReadAllAsync(command, cancellationToken);
    }

    public async Task<ImportJob?> ClaimAsync(string owner, DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            $"""
            UPDATE c2c_import SET status = '{ImportStatus.Running}', lease_owner = @owner, lease_until = @until
            WHERE import_id = (
                SELECT import_id FROM c2c_import
                WHERE status IN ('{ImportStatus.Queued}', '{ImportStatus.Running}')
                  AND ((status = '{ImportStatus.Queued}' AND turn_at <= @now)
                       OR (status = '{ImportStatus.Running}' AND (lease_until < @now OR lease_owner = @owner)))
                ORDER BY lease_owner = @owner DESC NULLS LAST, turn_at, import_id
                LIMIT 1
                FOR UPDATE SKIP LOCKED)
            RETURNING {Columns}
            """);
        command.Parameters.AddWithValue("owner", owner);
        command.Parameters.AddWithValue("now", now.ToUniversalTime());
        command.Parameters.AddWithValue("until", leaseUntil.ToUniversalTime());
        return await ReadAllAsync(command, cancellationToken) is [var job] ? job : null;
    }

    public async Task<ImportChunk?> NextChunkAsync(string importId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT seq, lines, failures FROM c2c_import_chunk WHERE import_id = @id AND results IS NULL ORDER BY seq LIMIT 1");
        command.Parameters.AddWithValue("id", importId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new ImportChunk(reader.GetInt32(0), ImportLineCodec.Decode(reader.GetFieldValue<byte[]>(1)), reader.GetInt32(2))
            : null;
    }

    public async Task<bool> EndTurnAsync(
        string importId, string owner, DateTimeOffset nextTurn, int? failedChunk, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            $"""
            WITH ended AS (
                UPDATE c2c_import SET status = '{ImportStatus.Queued}', lease_owner = NULL, lease_until = NULL, turn_at = @next
                WHERE {Held}
                RETURNING import_id
            ),
            failed AS (
                UPDATE c2c_import_chunk SET failures = failures + 1
                WHERE import_id = (SELECT import_id FROM ended) AND seq = @failed
                RETURNING 1
            )
            SELECT count(*) FROM ended
            """);
        command.Parameters.AddWithValue("id", importId);
        command.Parameters.AddWithValue("owner", owner);
        command.Parameters.AddWithValue("next", nextTurn.ToUniversalTime());
        command.Parameters.AddWithValue("failed", NpgsqlDbType.Integer, (object?)failedChunk ?? DBNull.Value);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))! == 1;
    }

    public async Task<ImportsForgotten> ForgetAsync(
        DateTimeOffset doneBefore, DateTimeOffset receivingBefore, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            $"""
            WITH expired AS (
                UPDATE c2c_import SET results_deleted_at = @now
                WHERE status = '{ImportStatus.Done}' AND results_deleted_at IS NULL AND finished_at < @done_before
                RETURNING import_id
            ),
            chunks AS (
                DELETE FROM c2c_import_chunk WHERE import_id IN (SELECT import_id FROM expired) RETURNING 1
            ),
            dropped AS (
                DELETE FROM c2c_import WHERE status = '{ImportStatus.Receiving}' AND created_at < @receiving_before RETURNING 1
            )
            SELECT (SELECT count(*) FROM expired), (SELECT count(*) FROM dropped), (SELECT count(*) FROM chunks)
            """);
        command.Parameters.AddWithValue("now", now.ToUniversalTime());
        command.Parameters.AddWithValue("done_before", doneBefore.ToUniversalTime());
        command.Parameters.AddWithValue("receiving_before", receivingBefore.ToUniversalTime());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new ImportsForgotten(Convert.ToInt32(reader.GetInt64(0)), Convert.ToInt32(reader.GetInt64(1)));
    }

    public async Task<bool> RecordAsync(
        string importId, string owner, int sequence, ImportChunkResults results, DateTimeOffset leaseUntil, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(results);
        await using var command = dataSource.CreateCommand(
            $"""
            WITH held AS (
                SELECT import_id FROM c2c_import WHERE {Held} FOR UPDATE
            ),
            stored AS (
                UPDATE c2c_import_chunk SET results = @results, lines = ''::bytea
                WHERE import_id = (SELECT import_id FROM held) AND seq = @seq AND results IS NULL
                RETURNING 1
            )
            UPDATE c2c_import
            SET processed = processed + @processed, accepted = accepted + @accepted, duplicate = duplicate + @duplicate,
                conflict = conflict + @conflict, rejected = rejected + @rejected, lease_until = @until
            WHERE import_id = (SELECT import_id FROM held) AND EXISTS (SELECT 1 FROM stored)
            """);
        command.Parameters.AddWithValue("id", importId);
        command.Parameters.AddWithValue("owner", owner);
        command.Parameters.AddWithValue("seq", sequence);
        command.Parameters.Add(new NpgsqlParameter<ReadOnlyMemory<byte>>("results", NpgsqlDbType.Bytea) { TypedValue = results.Ndjson });
        command.Parameters.AddWithValue("processed", results.Counts.Total);
        command.Parameters.AddWithValue("accepted", results.Counts.Accepted);
        command.Parameters.AddWithValue("duplicate", results.Counts.Duplicate);
        command.Parameters.AddWithValue("conflict", results.Counts.Conflict);
        command.Parameters.AddWithValue("rejected", results.Counts.Rejected);
        command.Parameters.AddWithValue("until", leaseUntil.ToUniversalTime());
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<bool> FinishAsync(string importId, string owner, DateTimeOffset finishedAt, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            $"""
            UPDATE c2c_import SET status = '{ImportStatus.Done}', finished_at = @finished, lease_owner = NULL, lease_until = NULL
            WHERE {Held} AND NOT EXISTS (SELECT 1 FROM c2c_import_chunk WHERE import_id = @id AND results IS NULL)
            """);
        command.Parameters.AddWithValue("id", importId);
        command.Parameters.AddWithValue("owner", owner);
        command.Parameters.AddWithValue("finished", finishedAt.ToUniversalTime());
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async IAsyncEnumerable<ReadOnlyMemory<byte>> ReadResultsAsync(
        string importId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // One query per chunk: the results are never all in memory, and no connection is held while the caller sends them on.
        var after = -1;
        while (true)
        {
            await using var command = dataSource.CreateCommand(
                "SELECT seq, results FROM c2c_import_chunk WHERE import_id = @id AND seq > @after AND results IS NOT NULL ORDER BY seq LIMIT 1");
            command.Parameters.AddWithValue("id", importId);
            command.Parameters.AddWithValue("after", after);
            byte[] results;
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            {
                if (!await reader.ReadAsync(cancellationToken))
                {
                    yield break;
                }

                after = reader.GetInt32(0);
                results = reader.GetFieldValue<byte[]>(1);
            }

            yield return results;
        }
    }

    private static async Task<IReadOnlyList<ImportJob>> ReadAllAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var jobs = new List<ImportJob>();
        while (await reader.ReadAsync(cancellationToken))
        {
            jobs.Add(new ImportJob(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.GetFieldValue<string[]>(3),
                reader.GetString(4),
                reader.GetInt64(5),
                reader.GetInt64(6),
                new ImportCounts(reader.GetInt64(7), reader.GetInt64(8), reader.GetInt64(9), reader.GetInt64(10)),
                reader.GetFieldValue<DateTimeOffset>(11),
                reader.IsDBNull(12) ? null : reader.GetFieldValue<DateTimeOffset>(12),
                reader.IsDBNull(13) ? null : reader.GetFieldValue<DateTimeOffset>(13)));
        }

        return jobs;
    }
}
