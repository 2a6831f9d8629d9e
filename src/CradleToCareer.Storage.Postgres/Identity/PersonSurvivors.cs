using Npgsql;

namespace CradleToCareer.Storage.Postgres.Identity;

/// <summary>Reads, for the given persons, the survivor of each one currently merged into another.</summary>
internal static class PersonSurvivors
{
    public static async Task<IReadOnlyDictionary<string, string>> ReadAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, IEnumerable<string> personIds, CancellationToken cancellationToken)
    {
        var persons = personIds.Distinct(StringComparer.Ordinal).ToArray();
        var survivors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (persons.Length == 0)
        {
            return survivors;
        }

        await using var command = new NpgsqlCommand(
            """
            SELECT p, c2c_canonical_person(p)
            FROM unnest(@persons) AS p
            WHERE EXISTS (SELECT 1 FROM c2c_identity_merge m WHERE m.merged_id = p)
              AND c2c_canonical_person(p) <> p
            """,
            connection,
            transaction);
        command.Parameters.AddWithValue("persons", persons);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            survivors[reader.GetString(0)] = reader.GetString(1);
        }

        return survivors;
    }
}
