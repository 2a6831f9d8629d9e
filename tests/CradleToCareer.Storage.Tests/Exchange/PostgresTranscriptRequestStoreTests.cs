using CradleToCareer.Application.Exchange;
using CradleToCareer.Storage.Postgres.Exchange;
using CradleToCareer.Testing;
using Npgsql;

namespace CradleToCareer.Storage.Tests.Exchange;

[Collection(PostgresCollection.Name)]
public sealed class PostgresTranscriptRequestStoreTests(PostgresFixture postgres) : TranscriptRequestStoreContract
{
    private NpgsqlDataSource? _dataSource;

    protected override async Task<(ITranscriptRequestStore Store, ITranscriptPushQueue Pushes)> CreateAsync()
    {
        _dataSource = NpgsqlDataSource.Create(await TestDatabase.CreateMigratedAsync(postgres.CreateDatabaseAsync, "requests"));
        return (new PostgresTranscriptRequestStore(_dataSource), new PostgresTranscriptPushQueue(_dataSource));
    }

    public override async Task DisposeAsync()
    {
        if (_dataSource is not null)
        {
            await _dataSource.DisposeAsync();
        }
    }
}
