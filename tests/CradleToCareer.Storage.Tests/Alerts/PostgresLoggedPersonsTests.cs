using CradleToCareer.Domain.Events;
using CradleToCareer.Storage.Postgres.EventLog;
using CradleToCareer.Storage.Postgres.Identity;
using CradleToCareer.Application.EventLog;
using CradleToCareer.Application.Identity;
using CradleToCareer.Application.Ingest;
using CradleToCareer.Testing;
using Npgsql;
using Microsoft.Extensions.Logging.Abstractions;

namespace CradleToCareer.Storage.Tests.Alerts;

[Collection(PostgresCollection.Name)]
public sealed class PostgresLoggedPersonsTests(PostgresFixture postgres) : LoggedPersonsContract
{
    private string _connectionString = "";
    private NpgsqlDataSource? _dataSource;
    private PostgresEventLog? _log;
    private PostgresIdentityStore? _identity;

    protected override async Task<(IEventLog Log, IIdentityStore Identity)> CreateAsync()
    {
        _connectionString = await TestDatabase.CreateMigratedAsync(postgres.CreateDatabaseAsync, "logged_persons");
        _dataSource = NpgsqlDataSource.Create(_connectionString);
        _log = new PostgresEventLog(_dataSource, TimeProvider.System);
        _identity = new PostgresIdentityStore(_dataSource);
        return (_log, _identity);
    }

    /// <summary>A batch commits in one transaction, so its events share the transaction's accepted_at.</summary>
    protected override async Task<(IReadOnlyList<AppendOutcome> Outcomes, DateTimeOffset AcceptedAt)> AppendAsync(params PendingEvent[] batch)
    {
        var outcomes = await new IdentityDecisions(_log!, new DeterministicOnly(), NoProfileRefresh.Instance, NullLogger<IdentityDecisions>.Instance).AppendAsync(batch, None);
        var acceptedAt = await TestDatabase.ScalarAsync<DateTime>(_connectionString, "SELECT max(accepted_at) FROM c2c_event_log");
        return (outcomes, new DateTimeOffset(acceptedAt, TimeSpan.Zero));
    }

    public override async Task DisposeAsync()
    {
        if (_log is not null)
        {
            await _log.DisposeAsync();
        }

        if (_identity is not null)
        {
            await _identity.DisposeAsync();
        }

        if (_dataSource is not null)
        {
            await _dataSource.DisposeAsync();
        }
    }
}
