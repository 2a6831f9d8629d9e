using CradleToCareer.Application.EventLog;
using CradleToCareer.Application.Identity;
using CradleToCareer.Domain.Events;
using CradleToCareer.Domain.Identity;
using CradleToCareer.Storage.Postgres.Identity;
using Npgsql;

namespace CradleToCareer.Storage.Postgres.EventLog;

/// <summary>
/// One batch's ingest on PostgreSQL. A session advisory lock serialises identity decisions across every process
/// sharing the database; under it one transaction looks up what the batch needs, then writes persons, links,
/// reviews, match records and events (binary COPY) and commits. The lock outlives the commit until the session is
/// disposed, so the new match records are indexed before the next batch decides.
/// </summary>
internal sealed class PostgresIngestSession : IIngestSession
{
    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlTransaction _transaction;
    private readonly IReadOnlyList<PendingEvent> _batch;
    private readonly IReadOnlyDictionary<EventKey, LoggedEventRef> _logged;
    private readonly IdentityLookup _identity;
    private readonly TimeProvider _clock;

    private PostgresIngestSession(
        NpgsqlConnection connection,
        NpgsqlTransaction transaction,
        IReadOnlyList<PendingEvent> batch,
        IReadOnlyDictionary<EventKey, LoggedEventRef> logged,
        IdentityLookup identity,
        TimeProvider clock)
    {
        _connection = connection;
        _transaction = transaction;
        _batch = batch;
        _logged = logged;
        _identity = identity;
        _clock = clock;
        PositionsToPlace = IngestPlanner.PositionsToPlace(batch, logged, identity);
    }

    public IReadOnlyList<int> PositionsToPlace { get; }

    public static async Task<IIngestSession> BeginAsync(
        NpgsqlDataSource dataSource, IReadOnlyList<PendingEvent> batch, TimeProvider clock, CancellationToken cancellationToken)
    {
        var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        NpgsqlTransaction? transaction = null;
        try
        {
            await IngestLock.AcquireAsync(connection, cancellationToken);
            transaction = await connection.BeginTransactionAsync(cancellationToken);
            var (logged, identity) = await IngestLookups.ReadPlannerInputsAsync(connection, transaction, batch, cancellationToken);
            return new PostgresIngestSession(connection, transaction, batch, logged, identity, clock);
        }
        catch
        {
            await EndAsync(connection, transaction);
            throw;
        }
    }

    public async Task<IngestPlan> CommitAsync(IReadOnlyDictionary<int, MatchDecision> placements, CancellationToken cancellationToken)
    {
        var survivors = await PersonSurvivors.ReadAsync(_connection, _transaction, Placements.LinkedPersons(placements), cancellationToken);
        var lookup = _identity.WithSurvivors(survivors);
        var bridged = Placements.BridgedPersons(placements);
        if (bridged.Count > 0)
        {
            var persons = bridged.Concat(bridged.Select(lookup.CanonicalOf)).ToHashSet(StringComparer.Ordinal);
            lookup = lookup.WithKeptApart(await KeptApartPairs.ReadAsync(_connection, _transaction, persons, cancellationToken));
        }

        var plan = IngestPlanner.Plan(_batch, _logged, lookup, placements, PersonIds.New, _clock.GetUtcNow());
        await IngestWrites.WriteIdentityAsync(_connection, _transaction, plan, cancellationToken);
        await IngestWrites.CopyMatchRecordsAsync(_connection, plan.MatchRecords, cancellationToken);
        await IngestWrites.CopyEventsAsync(_connection, plan.AcceptedRows, cancellationToken);
        await _transaction.CommitAsync(cancellationToken);
        return plan;
    }

    /// <summary>
    /// Moves the watermark to the last match record committed: every record up to it has reached the grains. Only
    /// the lock holder writes match records, so the sequence's last value is the last committed one (or a number a
    /// rolled-back batch drew, which no record carries).
    /// </summary>
    public async Task MarkIndexedAsync(CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            """
            UPDATE c2c_match_index_watermark
            SET indexed_through = greatest(
                indexed_through,
                coalesce(pg_sequence_last_value(pg_get_serial_sequence('c2c_match_record', 'seq')::regclass), 0))
            """,
            _connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Rolls back what was not committed, releases the lock and returns the connection.</summary>
    public ValueTask DisposeAsync() => EndAsync(_connection, _transaction);

    private static async ValueTask EndAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction)
    {
        try
        {
            if (transaction is not null)
            {
                await transaction.DisposeAsync();
            }

            await IngestLock.ReleaseAsync(connection);
        }
        finally
        {
            await connection.DisposeAsync();
        }
    }
}
