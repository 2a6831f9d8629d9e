using System.Diagnostics;
using CradleToCareer.Application.Diagnostics;
using CradleToCareer.Application.EventLog;
using CradleToCareer.Application.Identity;
using CradleToCareer.Domain.Events;
using CradleToCareer.Domain.Identity;
using CradleToCareer.Storage.Postgres.Identity;
using Npgsql;

namespace CradleToCareer.Storage.Postgres.EventLog;

/// <summary>
/// One batch's ingest on PostgreSQL. Session advisory locks (<see cref="IdentityLocks"/>) hold the batch's claims
/// against every process sharing the database; under them one transaction looks up what the batch needs, then writes
/// persons, links, reviews, match records and events (binary COPY) and commits. The locks outlive the commit until the
/// session is disposed, so the new match records are indexed before the next batch with the same claims decides.
/// </summary>
internal sealed class PostgresIngestSession : IIngestSession
{
    private readonly SemaphoreSlim _slots;
    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlTransaction _transaction;
    private readonly IReadOnlyList<PendingEvent> _batch;
    private readonly IReadOnlyDictionary<EventKey, LoggedEventRef> _logged;
    private readonly IdentityLookup _identity;
    private readonly TimeProvider _clock;

    /// <summary>The claims held, or null when the session holds every claim.</summary>
    private readonly IdentityClaims? _held;

    private PostgresIngestSession(
        SemaphoreSlim slots,
        NpgsqlConnection connection,
        NpgsqlTransaction transaction,
        IReadOnlyList<PendingEvent> batch,
        IReadOnlyDictionary<EventKey, LoggedEventRef> logged,
        IdentityLookup identity,
        IdentityClaims? held,
        TimeProvider clock)
    {
        _slots = slots;
        _connection = connection;
        _transaction = transaction;
        _batch = batch;
        _logged = logged;
        _identity = identity;
        _held = held;
        _clock = clock;
        PositionsToPlace = IngestPlanner.PositionsToPlace(batch, logged, identity);
        UnlinkedTokens = IngestPlanner.UnlinkedTokens(batch, identity.Links);
    }

    public IReadOnlyList<int> PositionsToPlace { get; }

    public IReadOnlySet<string> UnlinkedTokens { get; }

    public bool Holds(IdentityClaims needed) => _held is null || _held.Covers(needed);

    /// <summary>
    /// Takes one of the process's session slots (<see cref="SessionLimits"/>), then a connection, then the claims.
    /// </summary>
    public static async Task<IIngestSession> BeginAsync(
        NpgsqlDataSource dataSource, SessionLimits limits, IReadOnlyList<PendingEvent> batch, IdentityClaims claims, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var slots = limits.Slots;
        await slots.WaitAsync(cancellationToken);
        NpgsqlConnection connection;
        try
        {
            connection = await dataSource.OpenConnectionAsync(cancellationToken);
        }
        catch
        {
            slots.Release();
            throw;
        }

        NpgsqlTransaction? transaction = null;
        try
        {
            var waiting = Stopwatch.GetTimestamp();
            var held = await IdentityLocks.AcquireForIngestAsync(
                connection, claims, await limits.MostClaimLocksAsync(connection, cancellationToken), cancellationToken);
            IngestTelemetry.ClaimsAwaited(Stopwatch.GetElapsedTime(waiting), held is null ? "everything" : held.Count == 0 ? "nothing" : "claims");
            transaction = await connection.BeginTransactionAsync(cancellationToken);
            var (logged, identity) = await IngestLookups.ReadPlannerInputsAsync(connection, transaction, batch, cancellationToken);
            return new PostgresIngestSession(slots, connection, transaction, batch, logged, identity, held, clock);
        }
        catch
        {
            await EndAsync(slots, connection, transaction);
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

    /// <summary>Rolls back what was not committed, releases the locks, returns the connection and gives up the slot.</summary>
    public ValueTask DisposeAsync() => EndAsync(_slots, _connection, _transaction);

    private static async ValueTask EndAsync(SemaphoreSlim slots, NpgsqlConnection connection, NpgsqlTransaction? transaction)
    {
        try
        {
            if (transaction is not null)
            {
                await transaction.DisposeAsync();
            }

            await IdentityLocks.ReleaseAllAsync(connection);
        }
        finally
        {
            await connection.DisposeAsync();
            slots.Release();
        }
    }
}
