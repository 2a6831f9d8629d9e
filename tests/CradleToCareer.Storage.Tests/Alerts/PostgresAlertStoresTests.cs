using CradleToCareer.Storage.Postgres.Alerts;
using CradleToCareer.Testing;
using Npgsql;

namespace CradleToCareer.Storage.Tests.Alerts;

[Collection(PostgresCollection.Name)]
public sealed class PostgresAlertStoresTests(PostgresFixture postgres) : AlertStoresContract
{
    private string _connectionString = "";
    private NpgsqlDataSource? _dataSource;

    protected override async Task<AlertStores> CreateStoresAsync()
    {
        _connectionString = await TestDatabase.CreateMigratedAsync(postgres.CreateDatabaseAsync, "alerts");
        _dataSource = NpgsqlDataSource.Create(_connectionString);
        return new AlertStores(
            new PostgresAlertLog(_dataSource),
            new PostgresSubscriptionStore(_dataSource),
            new PostgresDeliveryQueue(_dataSource),
            new PostgresAlertSweepCursor(_dataSource));
    }

    public override async Task DisposeAsync()
    {
        if (_dataSource is not null)
        {
            await _dataSource.DisposeAsync();
        }
    }

    [Theory]
    [InlineData("UPDATE", "UPDATE c2c_alert SET body = '\\x7b7d'::bytea")]
    [InlineData("UPDATE", "UPDATE c2c_alert SET occurrence = occurrence + 1")]
    [InlineData("DELETE", "DELETE FROM c2c_alert")]
    [InlineData("TRUNCATE", "TRUNCATE c2c_alert CASCADE")]
    public async Task The_ledger_refuses_every_change_even_to_its_owner(string operation, string sql)
    {
        var reached = Reached("p_1");
        await AppendAsync(reached);
        Assert.True(await TestDatabase.ScalarAsync<bool>(
            _connectionString, "SELECT tableowner = current_user FROM pg_tables WHERE tablename = 'c2c_alert'"));

        var error = await Assert.ThrowsAsync<PostgresException>(() => TestDatabase.ExecuteAsync(_connectionString, sql));

        Assert.Contains("append-only", error.MessageText);
        Assert.Contains(operation, error.MessageText);
        Assert.Equal([reached.Entry], await Log.ReadPersonAsync("p_1", None));
        Assert.Equal(reached.Body, (await Log.ReadAfterAsync(0, 1, None))[0].Body);
    }
}
