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

    /// <summary>
    /// Reads the records after <paramref name="after"/> by the sequence's index (a handful: the batches committed while
    /// one prepared) and keeps those filed under an asked key, once per such key.
    /// </summary>
    public async Task<IReadOnlyList<MatchRecord>> ReadAfterAsync(IReadOnlyCollection<string> blockingKeys, long after, CancellationToken cancellationToken)
    {
        var wanted = blockingKeys.ToHashSet(StringComparer.Ordinal);
        await using var command = dataSource.CreateCommand(
            """
            SELECT record_id, person_id, blocking_keys, fingerprint_bytes, fingerprint::text
            FROM c2c_match_record
            WHERE seq > @after
            """);
        command.Parameters.AddWithValue("after", after);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var records = new List<MatchRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var keys = reader.IsDBNull(2) ? [] : reader.GetFieldValue<string[]>(2).Where(wanted.Contains).ToArray();
            if (keys.Length > 0)
            {
                var (recordId, personId, fingerprint) = (reader.GetString(0), reader.GetString(1), FingerprintOf(reader));
                records.AddRange(keys.Select(key => new MatchRecord(recordId, personId, [key], fingerprint)));
            }
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

    public async Task<long> IndexedThroughAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT indexed_through FROM c2c_match_index_watermark");
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
