using CradleToCareer.Application.Imports;
using CradleToCareer.Storage.Postgres.Imports;
using CradleToCareer.Testing;
using Npgsql;

namespace CradleToCareer.Storage.Tests.Imports;

[Collection(PostgresCollection.Name)]
public sealed class PostgresImportStoreTests(PostgresFixture postgres) : ImportStoreContract
{
    private NpgsqlDataSource? _dataSource;

    protected override async Task<IImportStore> CreateAsync()
    {
        _dataSource = NpgsqlDataSource.Create(await TestDatabase.CreateMigratedAsync(postgres.CreateDatabaseAsync, "imports"));
        return new PostgresImportStore(_dataSource);
    }

    public override async Task DisposeAsync()
    {
        if (_dataSource is not null)
        {
            await _dataSource.DisposeAsync();
        }
    }
}
