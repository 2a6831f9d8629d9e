using CradleToCareer.Storage.Postgres.EventLog;
using CradleToCareer.Testing;
using Npgsql;

namespace CradleToCareer.Storage.Tests.EventLog;

/// <summary>A PostgreSQL event log on a fresh, migrated database of its own, for one test class; disposed with it.</summary>
internal sealed class PostgresEventLogs : IAsyncDisposable
{
    private NpgsqlDataSource? _dataSource;
    private PostgresEventLog? _log;

    public async Task<PostgresEventLog> CreateAsync(PostgresFixture postgres, string databasePrefix)
    {
        _dataSource = NpgsqlDataSource.Create(await TestDatabase.CreateMigratedAsync(postgres.CreateDatabaseAsync, databasePrefix));
        _log = new PostgresEventLog(_dataSource, TimeProvider.System);
        return _log;
    }

    public async ValueTask DisposeAsync()
    {
        if (_log is not null)
        {
            await _log.DisposeAsync();
        }

        if (_dataSource is not null)
        {
            await _dataSource.DisposeAsync();
        }
    }
}
