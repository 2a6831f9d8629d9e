using CradleToCareer.Storage.Postgres.Alerts;
using CradleToCareer.Testing;
using Npgsql;

namespace CradleToCareer.Storage.Tests.Alerts;

[Collection(PostgresCollection.Name)]
public sealed class PostgresAlertStoresTests(PostgresFixture postgres) : AlertStoresContract
{
    private string _connectionString = "";
    private NpgsqlDataSource? _dataSource;

    protected override bool RefusesNul => true;

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

    [Fact]
    public async Task A_group_with_a_NUL_entry_records_every_other_append_and_fails_only_the_poison()
    {
        await using var holder = await _dataSource!.OpenConnectionAsync();
        await using var holding = await holder.BeginTransactionAsync();
        await using (var hold = new NpgsqlCommand("SELECT pg_advisory_xact_lock(x'0C2C0002'::bigint)", holder, holding))
        {
            await hold.ExecuteNonQueryAsync();
        }

        var blocker = AppendAsync(Reached("p_blocker"));
        await WaitForLockWaiterAsync();
        var good = Enumerable.Range(1, 5).Select(i => AppendAsync(Reached($"p_{i}"))).ToList();
        var poison = AppendAsync(Reached(PoisonPerson));
        good.Add(AppendAsync(Reached("p_6")));
        await holding.CommitAsync();

        var error = await Assert.ThrowsAsync<PostgresException>(() => poison);
        var recorded = await Task.WhenAll(good);
        await blocker;

        Assert.Equal("22021", error.SqlState);
        Assert.All(recorded, ids => Assert.Single(ids));
        Assert.Equal(7, (await Log.ReadAfterAsync(0, 100, None)).Count);
    }

    /// <summary>Waits until the blocking append waits on the held lock, so what is submitted next forms one group.</summary>
    private async Task WaitForLockWaiterAsync()
    {
        await using var command = _dataSource!.CreateCommand(
            "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())");
        while ((long)(await command.ExecuteScalarAsync())! == 0)
        {
            await Task.Delay(5);
        }
    }
}
