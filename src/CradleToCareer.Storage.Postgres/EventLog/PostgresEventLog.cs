using CradleToCareer.Application.EventLog;
using CradleToCareer.Domain.Events;
using CradleToCareer.Domain.Identity;
using CradleToCareer.Storage.Postgres.Grouping;
using Npgsql;

namespace CradleToCareer.Storage.Postgres.EventLog;

/// <summary>
/// The durable event log. Batches are appended through a <see cref="PostgresIngestSession"/>, which holds the batch's
/// identity claims against every process sharing the database.
/// </summary>
/// <remarks>
/// The catch-up checks that every read makes (<see cref="CountPersonAsync"/>) are grouped: the checks
/// waiting at one moment are answered by one query.
/// </remarks>
public sealed class PostgresEventLog(NpgsqlDataSource dataSource, TimeProvider clock) : IEventLog, IAsyncDisposable
{
    /// <summary>The most persons one grouped count asks for.</summary>
    private const int MaxCountGroup = 256;

    /// <summary>The most grouped counts running at once.</summary>
    private const int MaxCountsInFlight = 4;

    private static readonly string PersonMembers = PersonMembersOf("@person");

    private readonly SessionLimits _sessionLimits = new(DatabasePoolOptions.PoolSizeOf(dataSource.ConnectionString));

    private readonly GroupedCalls<string, int> _counts = new(persons => CountPersonsAsync(dataSource, persons), MaxCountGroup, MaxCountsInFlight);

    public Task<IIngestSession> BeginIngestAsync(IReadOnlyList<PendingEvent> batch, IdentityClaims claims, CancellationToken cancellationToken) =>
        PostgresIngestSession.BeginAsync(dataSource, _sessionLimits, batch, claims, clock, cancellationToken);

    public async Task<IngestPreview> PreviewAsync(IReadOnlyList<PendingEvent> batch, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var links = await IngestLookups.ReadLinksAsync(connection, null, IngestPlanner.TokensToLookUp(batch), cancellationToken);
        return new IngestPreview(IngestPlanner.PreviewPositionsToPlace(batch, links), IngestPlanner.UnlinkedTokens(batch, links));
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
        ReadTextColumnAsync(
            """
            SELECT DISTINCT c2c_canonical_person(person_id)
            FROM (SELECT DISTINCT person_id FROM c2c_event_log WHERE institution_id = @key) AS present
            """,
            institutionId,
            cancellationToken);

    /// <summary>
    /// A skip scan over the institution index: each step seeks the next id past the last, so the cost grows with the
    /// number of institutions, not of events.
    /// </summary>
    public Task<IReadOnlyList<string>> InstitutionsAsync(string idPrefix, CancellationToken cancellationToken) =>
        ReadTextColumnAsync(
            """
            WITH RECURSIVE named (institution_id) AS (
                (SELECT institution_id FROM c2c_event_log
                 WHERE institution_id IS NOT NULL AND institution_id >= @key ORDER BY institution_id LIMIT 1)
                UNION ALL
                SELECT (SELECT e.institution_id FROM c2c_event_log e
                        WHERE e.institution_id IS NOT NULL AND e.institution_id > named.institution_id
                        ORDER BY e.institution_id LIMIT 1)
                FROM named WHERE named.institution_id IS NOT NULL AND starts_with(named.institution_id, @key)
            )
            SELECT institution_id FROM named
            WHERE institution_id IS NOT NULL AND starts_with(institution_id, @key)
            ORDER BY institution_id COLLATE "C"
            """,
            idPrefix,
            cancellationToken);

    public Task<IReadOnlyList<string>> FindPersonsAsync(IReadOnlyCollection<string> idTokens, CancellationToken cancellationToken) =>
        ReadTextColumnAsync(
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

    public bool IsUnavailable(Exception failure) => PostgresFailures.IsUnavailable(failure);

    /// <summary>
    /// A unique violation on an event's (source, id) or an identifier's link, or a deadlock. Batches that link nothing
    /// new claim nothing (<see cref="IdentityClaims"/>), so two that carry the same event, say a re-send while the first
    /// send is still in flight, can both find it unlogged; the second to commit meets the first's row, or, when each
    /// carries an event the other wrote first, the server breaks the circle by failing one of them.
    /// </summary>
    public bool IsRace(Exception failure) => failure is PostgresException
    {
        SqlState: PostgresErrorCodes.DeadlockDetected
    } or PostgresException
    {
        SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: "c2c_event_log_source_event" or "c2c_person_identifier_pkey"
    };

    private async Task<IReadOnlyList<string>> ReadTextColumnAsync(string sql, object key, CancellationToken cancellationToken)
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
