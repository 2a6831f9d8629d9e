using Npgsql;

namespace CradleToCareer.Storage.Postgres.Identity;

/// <summary>
/// The session advisory lock that serialises identity decisions (ingest batches, merges, undos) across
/// every process sharing the database. Held past the commit so the matching index is updated before the
/// next decision; PostgreSQL drops it if the connection dies.
/// </summary>
internal static class IngestLock
{
    private const long LockId = 0x0C2C_0001;

    public static async Task AcquireAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT pg_advisory_lock(@id)", connection);
        command.Parameters.AddWithValue("id", LockId);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Releases the lock; on a broken connection the server has already released it.</summary>
    public static async Task ReleaseAsync(NpgsqlConnection connection)
    {
        if (connection.FullState != System.Data.ConnectionState.Open)
        {
            return;
        }

        await using var command = new NpgsqlCommand("SELECT pg_advisory_unlock(@id)", connection);
        command.Parameters.AddWithValue("id", LockId);
        await command.ExecuteNonQueryAsync(CancellationToken.None);
    }
}
