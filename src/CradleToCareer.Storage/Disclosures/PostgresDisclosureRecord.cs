using CradleToCareer.Domain.Disclosures;
using Npgsql;

namespace CradleToCareer.Storage.Disclosures;

/// <summary>
/// The durable disclosure record. Appends to one person's chain are serialised by a transaction-level
/// advisory lock on the person, so two silos never fork a chain.
/// </summary>
public sealed class PostgresDisclosureRecord(NpgsqlDataSource dataSource) : IDisclosureRecord
{
    public async Task<RecordedDisclosure> AppendAsync(Disclosure disclosure, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var lockCommand = new NpgsqlCommand("SELECT pg_advisory_xact_lock(hashtextextended('disclosure:' || @person, 0))", connection, transaction))
        {
            lockCommand.Parameters.AddWithValue("person", disclosure.PersonId);
            await lockCommand.ExecuteNonQueryAsync(cancellationToken);
        }

        var (number, previous) = await LastAsync(connection, transaction, disclosure.PersonId, cancellationToken);
        var entry = new RecordedDisclosure(disclosure, number + 1, previous, DisclosureChain.Hash(previous, number + 1, disclosure));
        await using (var insert = new NpgsqlCommand(
            """
            INSERT INTO c2c_disclosure (person_id, entry_no, client_id, organization_id, scope, consent_id, purpose, disclosed_at, previous_hash, hash)
            VALUES (@person, @entry, @client, @organization, @scope, @consent, @purpose, @at, @previous, @hash)
            """,
            connection,
            transaction))
        {
            insert.Parameters.AddWithValue("person", disclosure.PersonId);
            insert.Parameters.AddWithValue("entry", entry.EntryNumber);
            insert.Parameters.AddWithValue("client", disclosure.ClientId);
            insert.Parameters.AddWithValue("organization", disclosure.OrganizationId);
            insert.Parameters.AddWithValue("scope", disclosure.Scope);
            insert.Parameters.AddWithValue("consent", disclosure.ConsentId);
            insert.Parameters.AddWithValue("purpose", disclosure.Purpose);
            insert.Parameters.AddWithValue("at", disclosure.DisclosedAt.ToUniversalTime());
            insert.Parameters.AddWithValue("previous", entry.PreviousHash);
            insert.Parameters.AddWithValue("hash", entry.Hash);
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return entry;
    }

    public async Task<IReadOnlyList<RecordedDisclosure>> ReadAsync(string personId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            """
            SELECT entry_no, client_id, organization_id, scope, consent_id, purpose, disclosed_at, previous_hash, hash
            FROM c2c_disclosure WHERE person_id = @person ORDER BY entry_no
            """);
        command.Parameters.AddWithValue("person", personId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var entries = new List<RecordedDisclosure>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var disclosure = new Disclosure(
                personId, reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5),
                reader.GetFieldValue<DateTimeOffset>(6));
            entries.Add(new RecordedDisclosure(disclosure, reader.GetInt32(0), (byte[])reader[7], (byte[])reader[8]));
        }

        return entries;
    }

    private static async Task<(int Number, byte[] Hash)> LastAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string personId, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "SELECT entry_no, hash FROM c2c_disclosure WHERE person_id = @person ORDER BY entry_no DESC LIMIT 1", connection, transaction);
        command.Parameters.AddWithValue("person", personId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? (reader.GetInt32(0), (byte[])reader[1]) : (0, DisclosureChain.Genesis);
    }
}
