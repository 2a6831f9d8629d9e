using CradleToCareer.Domain.Identity;
using CradleToCareer.Domain.Matching;
using CradleToCareer.Application.Identity;
using Npgsql;

namespace CradleToCareer.Storage.Postgres.Identity;

/// <summary>
/// Reads match records by blocking key. A record filed under several of the requested keys comes back
/// once per key, each time carrying just that key.
/// </summary>
public sealed class PostgresMatchRecordSource(NpgsqlDataSource dataSource) : IMatchRecordSource
{
    public async Task<IReadOnlyList<MatchRecord>> ReadAsync(IReadOnlyCollection<string> blockingKeys, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            """
            SELECT r.record_id, r.person_id, k.blocking_key, r.fingerprint_bytes, r.fingerprint::text
            FROM unnest(@keys) AS wanted(blocking_key)
            JOIN c2c_match_key k ON k.blocking_key = wanted.blocking_key
            JOIN c2c_match_record r ON r.record_id = k.record_id
            """);
        command.Parameters.AddWithValue("keys", blockingKeys.ToArray());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var records = new List<MatchRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            records.Add(new MatchRecord(reader.GetString(0), reader.GetString(1), [reader.GetString(2)], FingerprintOf(reader)));
        }

        return records;
    }

    /// <summary>The stored bytes, or the JSON of a record written before bytes were (migration 0013).</summary>
    private static MatchFingerprint FingerprintOf(NpgsqlDataReader reader) =>
        reader.IsDBNull(3)
            ? IdentityJson.ReadFingerprint(reader.GetString(4))
            : FingerprintBinary.Read(reader.GetFieldValue<byte[]>(3));

    public async Task<IReadOnlySet<string>> ExistingKeysAsync(IReadOnlyCollection<string> blockingKeys, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT key FROM unnest(@keys) AS key WHERE EXISTS (SELECT FROM c2c_match_key WHERE blocking_key = key)");
        command.Parameters.AddWithValue("keys", blockingKeys.ToArray());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var existing = new HashSet<string>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            existing.Add(reader.GetString(0));
        }

        return existing;
    }
}
