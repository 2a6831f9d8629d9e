using CradleToCareer.Application.Disclosures;
using CradleToCareer.Domain.Disclosures;
using CradleToCareer.Storage.Postgres.Grouping;
using Npgsql;
using NpgsqlTypes;

namespace CradleToCareer.Storage.Postgres.Disclosures;

/// <summary>
/// The durable disclosure record. Appends are group-committed: the disclosures waiting at one moment are
/// written in one transaction, which takes a transaction-level advisory lock per person (in person order,
/// so two transactions never deadlock) and continues each person's chain from its last entry; neither two
/// transactions of one silo (up to <see cref="MaxGroupsInFlight"/> run at once) nor two silos ever fork a
/// chain. Every append returns only once its entry is committed.
/// </summary>
public sealed class PostgresDisclosureRecord : IDisclosureRecord, IAsyncDisposable
{
    /// <summary>The most disclosures one transaction writes.</summary>
    private const int MaxGroup = 256;

    /// <summary>The most transactions writing at once: one slow commit does not hold up every page waiting to disclose.</summary>
    private const int MaxGroupsInFlight = 4;

    private readonly NpgsqlDataSource _dataSource;
    private readonly GroupedCalls<Disclosure, RecordedDisclosure> _appends;

    public PostgresDisclosureRecord(NpgsqlDataSource dataSource)
    {
        _dataSource = dataSource;
        _appends = new GroupedCalls<Disclosure, RecordedDisclosure>(AppendGroupAsync, MaxGroup, MaxGroupsInFlight);
    }

    public Task<RecordedDisclosure> AppendAsync(Disclosure disclosure, CancellationToken cancellationToken) =>
        _appends.SubmitAsync(disclosure, cancellationToken);

    public async Task<IReadOnlyList<RecordedDisclosure>> ReadAsync(string personId, CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand(
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

    public ValueTask DisposeAsync() => _appends.DisposeAsync();

    private async Task<IReadOnlyList<RecordedDisclosure>> AppendGroupAsync(IReadOnlyList<Disclosure> group)
    {
        await using var connection = await _dataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var persons = group.Select(d => d.PersonId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var last = await LockAndReadLastAsync(connection, transaction, persons);
        var entries = new List<RecordedDisclosure>(group.Count);
        foreach (var disclosure in group)
        {
            var (number, previous) = last.GetValueOrDefault(disclosure.PersonId, (0, DisclosureChain.Genesis));
            var entry = new RecordedDisclosure(disclosure, number + 1, previous, DisclosureChain.Hash(previous, number + 1, disclosure));
            last[disclosure.PersonId] = (entry.EntryNumber, entry.Hash);
            entries.Add(entry);
        }

        await InsertAsync(connection, transaction, entries);
        await transaction.CommitAsync();
        return entries;
    }

    /// <summary>Locks every person's chain, in person order, then reads the last entry of each that has one.</summary>
    private static async Task<Dictionary<string, (int Number, byte[] Hash)>> LockAndReadLastAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string[] persons)
    {
        await using (var lockCommand = new NpgsqlCommand(
            """
            SELECT pg_advisory_xact_lock(hashtextextended('disclosure:' || person, 0))
            FROM (SELECT person FROM unnest(@persons) AS person ORDER BY person COLLATE "C") AS ordered
            """,
            connection,
            transaction))
        {
            lockCommand.Parameters.AddWithValue("persons", persons);
            await lockCommand.ExecuteNonQueryAsync();
        }

        await using var command = new NpgsqlCommand(
            """
            SELECT person, last.entry_no, last.hash
            FROM unnest(@persons) AS person
            CROSS JOIN LATERAL (
                SELECT entry_no, hash FROM c2c_disclosure d WHERE d.person_id = person ORDER BY entry_no DESC LIMIT 1
            ) AS last
            """,
            connection,
            transaction);
        command.Parameters.AddWithValue("persons", persons);
        await using var reader = await command.ExecuteReaderAsync();
        var last = new Dictionary<string, (int Number, byte[] Hash)>(StringComparer.Ordinal);
        while (await reader.ReadAsync())
        {
            last[reader.GetString(0)] = (reader.GetInt32(1), (byte[])reader[2]);
        }

        return last;
    }

    private static async Task InsertAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, List<RecordedDisclosure> entries)
    {
        await using var insert = new NpgsqlCommand(
            """
            INSERT INTO c2c_disclosure (person_id, entry_no, client_id, organization_id, scope, consent_id, purpose, disclosed_at, previous_hash, hash)
            SELECT * FROM unnest(@person, @entry, @client, @organization, @scope, @consent, @purpose, @at, @previous, @hash)
            """,
            connection,
            transaction);
        insert.Parameters.AddWithValue("person", entries.Select(e => e.Disclosure.PersonId).ToArray());
        insert.Parameters.AddWithValue("entry", entries.Select(e => e.EntryNumber).ToArray());
        insert.Parameters.AddWithValue("client", entries.Select(e => e.Disclosure.ClientId).ToArray());
        insert.Parameters.AddWithValue("organization", entries.Select(e => e.Disclosure.OrganizationId).ToArray());
        insert.Parameters.AddWithValue("scope", entries.Select(e => e.Disclosure.Scope).ToArray());
        insert.Parameters.AddWithValue("consent", entries.Select(e => e.Disclosure.ConsentId).ToArray());
        insert.Parameters.AddWithValue("purpose", entries.Select(e => e.Disclosure.Purpose).ToArray());
        insert.Parameters.AddWithValue("at", entries.Select(e => e.Disclosure.DisclosedAt.ToUniversalTime()).ToArray());
        insert.Parameters.Add(new NpgsqlParameter("previous", NpgsqlDbType.Array | NpgsqlDbType.Bytea) { Value = entries.Select(e => e.PreviousHash).ToArray() });
        insert.Parameters.Add(new NpgsqlParameter("hash", NpgsqlDbType.Array | NpgsqlDbType.Bytea) { Value = entries.Select(e => e.Hash).ToArray() });
        await insert.ExecuteNonQueryAsync();
    }
}
