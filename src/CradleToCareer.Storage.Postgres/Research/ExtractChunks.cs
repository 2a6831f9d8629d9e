using CradleToCareer.Domain.Research;
using Npgsql;
using NpgsqlTypes;

namespace CradleToCareer.Storage.Postgres.Research;

/// <summary>
/// The chunks of extract files (table <c>c2c_research_extract_chunk</c>). A chunk is written only under a share lock on
/// its extract's row that finds the attempt current and running. A start or a failure updates that row before it
/// deletes the chunks, in one transaction: it waits for a write already under way, deletes what that write kept, and
/// every later write of the old attempt finds itself overtaken.
/// </summary>
internal static class ExtractChunks
{
    private const string AppendSql =
        $"""
        WITH current AS (
            SELECT extract_id, attempt FROM c2c_research_extract
            WHERE extract_id = @id AND attempt = @attempt AND status = '{ExtractStatus.Running}'
            FOR SHARE
        ),
        written AS (
            INSERT INTO c2c_research_extract_chunk (extract_id, attempt, seq, bytes)
            SELECT extract_id, attempt, @seq, @bytes FROM current
            ON CONFLICT (extract_id, seq) DO UPDATE SET bytes = EXCLUDED.bytes
                WHERE c2c_research_extract_chunk.attempt = EXCLUDED.attempt
            RETURNING 1
        )
        SELECT count(*) FROM written
        """;

    private const string ReadSql =
        $"""
        SELECT c.seq, c.bytes
        FROM c2c_research_extract_chunk c
        JOIN c2c_research_extract e ON e.extract_id = c.extract_id AND e.attempt = c.attempt
        WHERE c.extract_id = @id AND c.seq > @after AND e.status = '{ExtractStatus.Ready}'
        ORDER BY c.seq
        LIMIT 1
        """;

    /// <summary>
    /// Writes the chunk when the attempt is current and running; true when written. Writing a sequence the attempt
    /// wrote already replaces it, so a write retried after a lost answer does no harm.
    /// </summary>
    public static async Task<bool> AppendAsync(
        NpgsqlDataSource dataSource, string extractId, int attempt, int sequence, ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(sequence);
        await using var command = dataSource.CreateCommand(AppendSql);
        command.Parameters.AddWithValue("id", extractId);
        command.Parameters.AddWithValue("attempt", attempt);
        command.Parameters.AddWithValue("seq", sequence);
        command.Parameters.Add(new NpgsqlParameter<ReadOnlyMemory<byte>>("bytes", NpgsqlDbType.Bytea) { TypedValue = bytes });
        return (long)(await command.ExecuteScalarAsync(cancellationToken) ?? 0L) == 1;
    }

    /// <summary>The ready file's first chunk after sequence <paramref name="after"/>, or null when there is none.</summary>
    public static async Task<(int Sequence, byte[] Bytes)?> ReadAfterAsync(
        NpgsqlDataSource dataSource, string extractId, int after, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(ReadSql);
        command.Parameters.AddWithValue("id", extractId);
        command.Parameters.AddWithValue("after", after);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? (reader.GetInt32(0), reader.GetFieldValue<byte[]>(1)) : null;
    }

    /// <summary>Deletes every chunk of the extract, in the caller's transaction.</summary>
    public static async Task DropAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string extractId, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("DELETE FROM c2c_research_extract_chunk WHERE extract_id = @id", connection, transaction);
        command.Parameters.AddWithValue("id", extractId);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
