using CradleToCareer.Application.EventLog;
using CradleToCareer.Storage.Postgres.EventLog;
using CradleToCareer.Testing;
using Npgsql;

namespace CradleToCareer.Storage.Tests.EventLog;

[Collection(PostgresCollection.Name)]
public sealed class PostgresInstitutionListingTests(PostgresFixture postgres) : InstitutionListingContract
{
    private NpgsqlDataSource? _dataSource;
    private PostgresEventLog? _log;

    protected override async Task<IEventLog> CreateAsync()
    {
        _dataSource = NpgsqlDataSource.Create(await TestDatabase.CreateMigratedAsync(postgres.CreateDatabaseAsync, "institution_listing"));
        _log = new PostgresEventLog(_dataSource, TimeProvider.System);
        return _log;
    }

    public override async Task DisposeAsync()
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
