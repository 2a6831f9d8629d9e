using CradleToCareer.Domain.Events;
using CradleToCareer.Storage.Ingest;
using Npgsql;
using NpgsqlTypes;

namespace CradleToCareer.Storage.EventLog;

/// <summary>
/// The durable event log. One transaction per batch: take the ingest lock, look up what the batch
/// needs, plan, write persons, identifier links and events (binary COPY), commit. An event is
/// acknowledged only after that commit.
/// </summary>
public sealed class PostgresEventLog(NpgsqlDataSource dataSource) : IEventLog
{
    // Serialises identity decisions across every process that shares the database.
    private const long IngestLockId = 0x0C2C_0001;

    public async Task<IReadOnlyList<AppendOutcome>> AppendAsync(IReadOnlyList<PendingEvent> batch, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        await using (var lockCommand = new NpgsqlCommand("SELECT pg_advisory_xact_lock(@id)", connection, transaction))
        {
            lockCommand.Parameters.AddWithValue("id", IngestLockId);
            await lockCommand.ExecuteNonQueryAsync(cancellationToken);
        }

        var logged = await ReadLoggedAsync(connection, transaction, IngestPlanner.KeysToLookUp(batch), cancellationToken);
        var links = await ReadLinksAsync(connection, transaction, IngestPlanner.TokensToLookUp(batch), cancellationToken);
        var plan = IngestPlanner.Plan(batch, logged, links, PersonIds.New);

        await WriteIdentityAsync(connection, transaction, plan, cancellationToken);
        await CopyEventsAsync(connection, plan.AcceptedRows, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return plan.Outcomes;
    }

    public async Task<IReadOnlyList<string>> ReadPersonAsync(string personId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT body::text FROM c2c_event_log WHERE person_id = @person ORDER BY seq");
        command.Parameters.AddWithValue("person", personId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var events = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            events.Add(reader.GetString(0));
        }

        return events;
    }

    public async Task<int> CountPersonAsync(string personId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT count(*) FROM c2c_event_log WHERE person_id = @person");
        command.Parameters.AddWithValue("person", personId);
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken));
    }

    public async Task<IReadOnlyList<string>> PersonsAtInstitutionAsync(string institutionId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT DISTINCT person_id FROM c2c_event_log WHERE institution_id = @institution");
        command.Parameters.AddWithValue("institution", institutionId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var persons = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            persons.Add(reader.GetString(0));
        }

        return persons;
    }

    public async Task<IReadOnlyList<string>> FindPersonsAsync(IReadOnlyCollection<string> idTokens, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT DISTINCT person_id FROM c2c_person_identifier WHERE id_token = ANY(@tokens)");
        command.Parameters.AddWithValue("tokens", idTokens.ToArray());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var persons = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            persons.Add(reader.GetString(0));
        }

        return persons;
    }

    public async Task<bool> IsReachableAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var command = dataSource.CreateCommand("SELECT 1");
            await command.ExecuteScalarAsync(cancellationToken);
            return true;
        }
        catch (NpgsqlException)
        {
            return false;
        }
    }

    private static async Task<Dictionary<EventKey, LoggedEventRef>> ReadLoggedAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyCollection<EventKey> keys, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            """
            SELECT l.source, l.event_id, l.person_id, l.content_hash
            FROM unnest(@sources, @ids) AS k(source, event_id)
            JOIN c2c_event_log l ON l.source = k.source AND l.event_id = k.event_id
            """,
            connection,
            transaction);
        command.Parameters.AddWithValue("sources", keys.Select(key => key.Source).ToArray());
        command.Parameters.AddWithValue("ids", keys.Select(key => key.Id).ToArray());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var logged = new Dictionary<EventKey, LoggedEventRef>();
        while (await reader.ReadAsync(cancellationToken))
        {
            logged[new EventKey(reader.GetString(0), reader.GetString(1))] =
                new LoggedEventRef(reader.GetString(2), (byte[])reader[3]);
        }

        return logged;
    }

    private static async Task<Dictionary<string, string>> ReadLinksAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyCollection<string> tokens, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "SELECT id_token, person_id FROM c2c_person_identifier WHERE id_token = ANY(@tokens)",
            connection,
            transaction);
        command.Parameters.AddWithValue("tokens", tokens.ToArray());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var links = new Dictionary<string, string>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            links[reader.GetString(0)] = reader.GetString(1);
        }

        return links;
    }

    private static async Task WriteIdentityAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, IngestPlan plan, CancellationToken cancellationToken)
    {
        if (plan.NewPersons.Count == 0 && plan.NewLinks.Count == 0)
        {
            return;
        }

        await using var batch = new NpgsqlBatch(connection, transaction);
        var persons = new NpgsqlBatchCommand("INSERT INTO c2c_person (person_id) SELECT unnest(@persons)");
        persons.Parameters.AddWithValue("persons", plan.NewPersons.ToArray());
        var links = new NpgsqlBatchCommand(
            "INSERT INTO c2c_person_identifier (id_token, person_id) SELECT * FROM unnest(@tokens, @persons)");
        links.Parameters.AddWithValue("tokens", plan.NewLinks.Select(link => link.IdToken).ToArray());
        links.Parameters.AddWithValue("persons", plan.NewLinks.Select(link => link.PersonId).ToArray());
        batch.BatchCommands.Add(persons);
        batch.BatchCommands.Add(links);
        await batch.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task CopyEventsAsync(
        NpgsqlConnection connection, IReadOnlyList<(PendingEvent Event, string PersonId)> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }

        await using var importer = await connection.BeginBinaryImportAsync(
            "COPY c2c_event_log (source, event_id, person_id, type, institution_id, content_hash, body) FROM STDIN (FORMAT BINARY)",
            cancellationToken);
        foreach (var (pending, personId) in rows)
        {
            await importer.StartRowAsync(cancellationToken);
            await importer.WriteAsync(pending.Event.Key.Source, NpgsqlDbType.Text, cancellationToken);
            await importer.WriteAsync(pending.Event.Key.Id, NpgsqlDbType.Text, cancellationToken);
            await importer.WriteAsync(personId, NpgsqlDbType.Text, cancellationToken);
            await importer.WriteAsync(pending.Event.Type, NpgsqlDbType.Text, cancellationToken);
            await importer.WriteAsync(pending.InstitutionId, NpgsqlDbType.Text, cancellationToken);
            await importer.WriteAsync(pending.ContentHash, NpgsqlDbType.Bytea, cancellationToken);
            await importer.WriteAsync(pending.CanonicalJson, NpgsqlDbType.Jsonb, cancellationToken);
        }

        await importer.CompleteAsync(cancellationToken);
    }
}
