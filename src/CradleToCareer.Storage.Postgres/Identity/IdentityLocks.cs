using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using CradleToCareer.Application.EventLog;
using Npgsql;

namespace CradleToCareer.Storage.Postgres.Identity;

/// <summary>
/// The session advisory locks that keep identity decisions from racing across every process sharing the database,
/// while batches that cannot collide run side by side:
/// <list type="bullet">
/// <item>the decisions lock: merges, undos and review re-checks take it alone; ingest batches share it;</item>
/// <item>one lock per claim (<see cref="IdentityClaims"/>: a new identifier token or a blocking key), taken in one
/// statement in ascending order so two batches never wait for each other in a circle, under the placing lock shared;</item>
/// <item>the placing lock alone, for a batch with more claims than half of <c>max_locks_per_transaction</c> (see
/// <see cref="MostClaimLocksAsync"/>): it stands for every claim. PostgreSQL's shared lock table holds
/// <c>max_locks_per_transaction</c> locks per connection on average, and every session holding claims holds a
/// connection, so sessions that each lock at most half that many can never fill it, however many hosts share the
/// database.</item>
/// </list>
/// Session locks outlive the commit, so a batch keeps its claims until the matcher has indexed its new records.
/// PostgreSQL drops them all if the connection dies.
/// </summary>
internal static class IdentityLocks
{
    private const long DecisionsLock = 0x0C2C_0001;
    private const long PlacingLock = 0x0C2C_0004;

    /// <summary>The first key of the two-key form, for the claim locks: a space apart from the one-key locks above.</summary>
    private const int ClaimSpace = 0x0C2C_0005;

    /// <summary>Takes the decisions lock alone: no ingest batch is deciding, and none starts until it is released.</summary>
    public static Task AcquireAloneAsync(NpgsqlConnection connection, CancellationToken cancellationToken) =>
        ExecuteAsync(connection, $"SELECT pg_advisory_lock({DecisionsLock})", cancellationToken);

    /// <summary>
    /// The most claims a batch locks one by one, from the server's <c>max_locks_per_transaction</c>: 32 with the stock 64;
    /// operations.md advises more for bulk loads of new people.
    /// </summary>
    public static async Task<int> MostClaimLocksAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT current_setting('max_locks_per_transaction')::integer / 2", connection);
        return (int)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>
    /// Takes what an ingest batch with <paramref name="claims"/> must hold; returns the claims now held, or null when the
    /// session holds every claim (the placing lock alone, for more than <paramref name="mostClaimLocks"/> claims).
    /// </summary>
    public static async Task<IdentityClaims?> AcquireForIngestAsync(
        NpgsqlConnection connection, IdentityClaims claims, int mostClaimLocks, CancellationToken cancellationToken)
    {
        await ExecuteAsync(connection, $"SELECT pg_advisory_lock_shared({DecisionsLock})", cancellationToken);
        if (claims.Count == 0)
        {
            return claims;
        }

        if (claims.Count > mostClaimLocks)
        {
            await ExecuteAsync(connection, $"SELECT pg_advisory_lock({PlacingLock})", cancellationToken);
            return null;
        }

        await ExecuteAsync(connection, $"SELECT pg_advisory_lock_shared({PlacingLock})", cancellationToken);
        await using var command = new NpgsqlCommand($"SELECT pg_advisory_lock({ClaimSpace}, claim) FROM unnest(@claims) AS claim", connection);
        command.Parameters.AddWithValue("claims", ClaimHashes(claims));
        await command.ExecuteNonQueryAsync(cancellationToken);
        return claims;
    }

    /// <summary>Releases every advisory lock the session holds; on a broken connection the server has already released them.</summary>
    public static async Task ReleaseAllAsync(NpgsqlConnection connection)
    {
        if (connection.FullState == System.Data.ConnectionState.Open)
        {
            await ExecuteAsync(connection, "SELECT pg_advisory_unlock_all()", CancellationToken.None);
        }
    }

    /// <summary>Each claim's lock key, distinct and ascending (the order every session takes them in).</summary>
    internal static int[] ClaimHashes(IdentityClaims claims) =>
        [.. claims.Tokens.Select(token => Hash("token:" + token))
            .Concat(claims.BlockingKeys.Select(key => Hash("block:" + key)))
            .Distinct()
            .Order()];

    /// <summary>A stable 32-bit hash: two claims sharing one only wait for each other needlessly.</summary>
    private static int Hash(string claim) => BinaryPrimitives.ReadInt32BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes(claim)));

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
