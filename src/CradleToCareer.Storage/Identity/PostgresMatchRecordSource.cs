using Npgsql;

namespace CradleToCareer.Storage.Identity;

/// <summary>Reads match records by blocking key through the GIN index on their keys.</summary>
public sealed class PostgresMatchRecordSource(NpgsqlDataSource dataSource) : IMatchRecordSource
{
    public async Task<IReadOnlyList<MatchRecord>> ReadAsync(IReadOnlyCollection<string> blockingKeys, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT record_id, person_id, blocking_keys, fingerprint::text FROM c2c_match_record WHERE blocking_keys && @keys");
        command.Parameters.AddWithValue("keys", blockingKeys.ToArray());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var records = new List<MatchRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            records.Add(new MatchRecord(
                reader.GetString(0), reader.GetString(1), reader.GetFieldValue<string[]>(2), IdentityJson.ReadFingerprint(reader.GetString(3))));
        }

        return records;
    }
}
