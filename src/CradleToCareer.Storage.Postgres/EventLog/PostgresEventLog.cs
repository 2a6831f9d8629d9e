using CradleToCareer.Domain.Identity;
using CradleToCareer.Storage.Postgres.Identity;
using CradleToCareer.Application.EventLog;
using CradleToCareer.Domain.Events;
using CradleToCareer.Storage.Postgres.Grouping;
using CradleToCareer.Application.Identity;
using Npgsql;
using NpgsqlTypes;

namespace CradleToCareer.Storage.Postgres.EventLog;

/// <summary>
/// The durable event log. Identity decisions are serialised across every process sharing the database
/// by a session advisory lock: look up what the batch needs, let the matcher place records whose
/// identifiers are all new, write persons, links, reviews, match records and events (binary COPY) in one
/// transaction, commit, index the new match records, release. An event is acknowledged only after the commit.
/// </summary>
/// <remarks>
/// The catch-up checks that every read makes (<see cref="CountPersonAsync"/>) are grouped: the checks
/// waiting at one moment are answered by one query.
/// </remarks>
public sealed class PostgresEventLog(NpgsqlDataSource dataSource, IRecordMatcher matcher, TimeProvider clock) : IEventLog, IAsyncDisposable
{
    /// <summary>The most persons one grouped count asks for.</summary>
    private const int MaxCountGroup = 256;

    private static readonly string PersonMembers = PersonMembersOf("@person");

    private readonly GroupedCalls<string, int> _counts = new(persons => CountPersonsAsync(dataSource, persons), MaxCountGroup);

    public async Task<IReadOnlyList<AppendOutcome>> AppendAsync(IReadOnlyList<PendingEvent> batch, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await IngestLock.AcquireAsync(connection, cancellationToken);
        try
        {
            IngestPlan plan;
            await using (var transaction = await connection.BeginTransactionAsync(cancellationToken))
            {
                plan = await PlanAsync(connection, transaction, batch, cancellationToken);
                await WriteIdentityAsync(connection, transaction, plan, cancellationToken);
                await CopyMatchRecordsAsync(connection, plan.MatchRecords, cancellationToken);
                await CopyEventsAsync(connection, plan.AcceptedRows, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }

            // Still under the lock: the next batch's matching sees these records.
            await matcher.IndexAsync(plan.MatchRecords, cancellationToken);
            return plan.Outcomes;
        }
        finally
        {
            await IngestLock.ReleaseAsync(connection);
        }
    }

    public async Task<IReadOnlyList<string>> ReadPersonAsync(string personId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            $"SELECT body::text FROM c2c_event_log WHERE person_id = ANY({PersonMembers}) ORDER BY seq");
        command.Parameters.AddWithValue("person", personId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var events = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            events.Add(reader.GetString(0));
        }

        return events;
    }

    public Task<int> CountPersonAsync(string personId, CancellationToken cancellationToken) =>
        _counts.SubmitAsync(personId, cancellationToken);

    public Task<IReadOnlyList<string>> PersonsAtInstitutionAsync(string institutionId, CancellationToken cancellationToken) =>
        ReadPersonIdsAsync(
            """
            SELECT DISTINCT c2c_canonical_person(person_id)
            FROM (SELECT DISTINCT person_id FROM c2c_event_log WHERE institution_id = @key) AS present
            """,
            institutionId,
            cancellationToken);

    public Task<IReadOnlyList<string>> FindPersonsAsync(IReadOnlyCollection<string> idTokens, CancellationToken cancellationToken) =>
        ReadPersonIdsAsync(
            "SELECT DISTINCT c2c_canonical_person(person_id) FROM c2c_person_identifier WHERE id_token = ANY(@key)",
            idTokens.ToArray(),
            cancellationToken);

    /// <summary>
    /// Scans the next <paramref name="limit"/> events after <paramref name="afterSeq"/> and stops short of the first
    /// one not accepted before <paramref name="acceptedBefore"/>, so the walk never passes an event it has not taken.
    /// Persons come canonical, in the order first met.
    /// </summary>
    public async Task<LoggedPersons> PersonsLoggedAfterAsync(
        long afterSeq, DateTimeOffset acceptedBefore, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        await using var command = dataSource.CreateCommand(
            """
            WITH scanned AS (
                SELECT seq, person_id, bool_or(accepted_at >= @before) OVER (ORDER BY seq) AS at_or_past_cut
                FROM (SELECT seq, person_id, accepted_at FROM c2c_event_log WHERE seq > @after ORDER BY seq LIMIT @limit) AS next_events
            ),
            taken AS (
                SELECT seq, person_id FROM scanned WHERE NOT at_or_past_cut
            ),
            persons AS (
                SELECT c2c_canonical_person(person_id) AS person, min(seq) AS first_seq FROM taken GROUP BY person_id
            )
            SELECT (SELECT max(seq) FROM taken),
                   ARRAY(SELECT person FROM persons GROUP BY person ORDER BY min(first_seq))
            """);
        command.Parameters.AddWithValue("after", afterSeq);
        command.Parameters.AddWithValue("before", acceptedBefore.ToUniversalTime());
        command.Parameters.AddWithValue("limit", limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var lastSeq = reader.IsDBNull(0) ? afterSeq : reader.GetInt64(0);
        return new LoggedPersons(reader.GetFieldValue<string[]>(1), lastSeq);
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

    private async Task<IReadOnlyList<string>> ReadPersonIdsAsync(string sql, object key, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(sql);
        command.Parameters.AddWithValue("key", key);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var persons = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            persons.Add(reader.GetString(0));
        }

        return persons;
    }

    private async Task<IngestPlan> PlanAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<PendingEvent> batch, CancellationToken cancellationToken)
    {
        var logged = await ReadLoggedAsync(connection, transaction, IngestPlanner.KeysToLookUp(batch), cancellationToken);
        var links = await ReadLinksAsync(connection, transaction, IngestPlanner.TokensToLookUp(batch), cancellationToken);
        var known = links.Values.Concat(logged.Values.Select(e => e.PersonId));
        var identity = new IdentityLookup(links, await PersonSurvivors.ReadAsync(connection, transaction, known, cancellationToken));

        var placements = await Placements.RequestAsync(matcher, batch, IngestPlanner.PositionsToPlace(batch, logged, identity), cancellationToken);
        identity = identity.WithSurvivors(await PersonSurvivors.ReadAsync(connection, transaction, Placements.LinkedPersons(placements), cancellationToken));
        return IngestPlanner.Plan(batch, logged, identity, placements, PersonIds.New, clock.GetUtcNow());
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
        await using var batch = new NpgsqlBatch(connection, transaction);
        if (plan.NewPersons.Count > 0)
        {
            var persons = new NpgsqlBatchCommand("INSERT INTO c2c_person (person_id) SELECT unnest(@persons)");
            persons.Parameters.AddWithValue("persons", plan.NewPersons.ToArray());
            batch.BatchCommands.Add(persons);
        }

        if (plan.NewLinks.Count > 0)
        {
            var links = new NpgsqlBatchCommand(
                "INSERT INTO c2c_person_identifier (id_token, person_id) SELECT * FROM unnest(@tokens, @persons)");
            links.Parameters.AddWithValue("tokens", plan.NewLinks.Select(link => link.IdToken).ToArray());
            links.Parameters.AddWithValue("persons", plan.NewLinks.Select(link => link.PersonId).ToArray());
            batch.BatchCommands.Add(links);
        }

        if (plan.Reviews.Count > 0)
        {
            batch.BatchCommands.Add(ReviewRows.Insert(plan.Reviews));
        }

        if (batch.BatchCommands.Count > 0)
        {
            await batch.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static async Task CopyMatchRecordsAsync(
        NpgsqlConnection connection, IReadOnlyList<MatchRecord> records, CancellationToken cancellationToken)
    {
        if (records.Count == 0)
        {
            return;
        }

        await using (var importer = await connection.BeginBinaryImportAsync(
            "COPY c2c_match_record (record_id, person_id, fingerprint) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var record in records)
            {
                await importer.StartRowAsync(cancellationToken);
                await importer.WriteAsync(record.RecordId, NpgsqlDbType.Text, cancellationToken);
                await importer.WriteAsync(record.PersonId, NpgsqlDbType.Text, cancellationToken);
                await importer.WriteAsync(IdentityJson.Write(record.Fingerprint), NpgsqlDbType.Jsonb, cancellationToken);
            }

            await importer.CompleteAsync(cancellationToken);
        }

        await CopyMatchKeysAsync(connection, records, cancellationToken);
    }

    /// <summary>One row per (blocking key, record): what a blocking-key grain loads on activation.</summary>
    private static async Task CopyMatchKeysAsync(
        NpgsqlConnection connection, IReadOnlyList<MatchRecord> records, CancellationToken cancellationToken)
    {
        await using var importer = await connection.BeginBinaryImportAsync(
            "COPY c2c_match_key (blocking_key, record_id) FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var record in records)
        {
            foreach (var key in record.BlockingKeys.Distinct(StringComparer.Ordinal))
            {
                await importer.StartRowAsync(cancellationToken);
                await importer.WriteAsync(key, NpgsqlDbType.Text, cancellationToken);
                await importer.WriteAsync(record.RecordId, NpgsqlDbType.Text, cancellationToken);
            }
        }

        await importer.CompleteAsync(cancellationToken);
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

    public ValueTask DisposeAsync() => _counts.DisposeAsync();

    /// <summary>
    /// The person ids whose events belong to <paramref name="person"/> (an SQL expression). Almost nobody
    /// takes part in a merge, so the merge functions run only for those who do: they cost ten times the
    /// plain indexed read that every profile read and catch-up check otherwise is.
    /// </summary>
    private static string PersonMembersOf(string person) =>
        $"""
        CASE WHEN EXISTS (SELECT 1 FROM c2c_identity_merge m WHERE m.survivor_id = {person} OR m.merged_id = {person})
             THEN ARRAY(SELECT c2c_person_members({person}))
             ELSE ARRAY[{person}::text] END
        """;

    private static async Task<IReadOnlyList<int>> CountPersonsAsync(NpgsqlDataSource dataSource, IReadOnlyList<string> persons)
    {
        await using var command = dataSource.CreateCommand(
            $"""
            SELECT person, (SELECT count(*) FROM c2c_event_log WHERE person_id = ANY({PersonMembersOf("person")}))
            FROM unnest(@persons) AS person
            """);
        command.Parameters.AddWithValue("persons", persons.Distinct(StringComparer.Ordinal).ToArray());
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                counts[reader.GetString(0)] = Convert.ToInt32(reader.GetInt64(1));
            }
        }

        return [.. persons.Select(person => counts[person])];
    }
}
