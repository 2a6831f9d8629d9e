using System.Data;
using CradleToCareer.Testing;

namespace CradleToCareer.Storage.Tests;

/// <summary>The SQL behind the Orleans ADO.NET providers, exercised directly for the edge cases a live cluster rarely hits.</summary>
[Collection(PostgresCollection.Name)]
public sealed class OrleansQueryContractTests(PostgresFixture postgres)
{
    private const string Deployment = "contract-cluster";
    private const int Active = 3;
    private const int Dead = 6;

    [Fact]
    public async Task Every_query_the_providers_load_is_present()
    {
        var runner = new OrleansQueryRunner(await MigratedAsync("contract_keys"));

        var keys = await runner.KeysAsync();

        string[] required =
        [
            "GatewaysQueryKey", "MembershipReadRowKey", "MembershipReadAllKey", "InsertMembershipVersionKey",
            "UpdateIAmAlivetimeKey", "InsertMembershipKey", "UpdateMembershipKey", "DeleteMembershipTableEntriesKey",
            "CleanupDefunctSiloEntriesKey", "CleanupDefunctSiloEntryKey",
            "ReadFromStorageKey", "WriteToStorageKey", "ClearStorageKey", "DeleteStorageKey",
            "ReadReminderRowsKey", "ReadRangeRows1Key", "ReadRangeRows2Key", "ReadReminderRowKey",
            "UpsertReminderRowKey", "DeleteReminderRowKey", "DeleteReminderRowsKey",
        ];
        Assert.Empty(required.Except(keys));
    }

    [Fact]
    public async Task Membership_version_row_is_created_once()
    {
        var runner = new OrleansQueryRunner(await MigratedAsync("contract_version"));

        var first = await runner.RunAsync("InsertMembershipVersionKey", DeploymentId());
        var second = await runner.RunAsync("InsertMembershipVersionKey", DeploymentId());

        Assert.True((bool)Single(first)!);
        Assert.False((bool)Single(second)!);
    }

    [Fact]
    public async Task Membership_insert_with_a_stale_table_version_is_rejected()
    {
        var runner = new OrleansQueryRunner(await MigratedAsync("contract_insert"));
        await runner.RunAsync("InsertMembershipVersionKey", DeploymentId());

        var first = await InsertSiloAsync(runner, port: 11111, tableVersion: 0);
        var stale = await InsertSiloAsync(runner, port: 22222, tableVersion: 0);
        var current = await InsertSiloAsync(runner, port: 22222, tableVersion: 1);
        var duplicate = await InsertSiloAsync(runner, port: 22222, tableVersion: 2);

        Assert.Equal([true, false, true, false], [first, stale, current, duplicate]);
        var all = await runner.RunAsync("MembershipReadAllKey", DeploymentId());
        Assert.Equal(2, all.Count);
        Assert.All(all, row => Assert.Equal(2, row["Version"]));
    }

    [Fact]
    public async Task Membership_update_needs_the_current_table_version_and_reads_back()
    {
        var runner = new OrleansQueryRunner(await MigratedAsync("contract_update"));
        await runner.RunAsync("InsertMembershipVersionKey", DeploymentId());
        await InsertSiloAsync(runner, port: 11111, tableVersion: 0);
        const string votes = "S127.0.0.1:22222:1,2030-01-01 00:00:00.000 GMT";

        var stale = await UpdateSiloAsync(runner, 11111, Dead, votes, tableVersion: 0);
        var current = await UpdateSiloAsync(runner, 11111, Dead, votes, tableVersion: 1);

        Assert.False(stale);
        Assert.True(current);
        var row = Assert.Single(await runner.RunAsync("MembershipReadRowKey", [DeploymentId(), .. SiloKey(11111)]));
        Assert.Equal(2, row["Version"]);
        Assert.Equal(Dead, row["Status"]);
        Assert.Equal(votes, row["SuspectTimes"]);
    }

    [Fact]
    public async Task Reading_an_unknown_silo_still_returns_the_table_version()
    {
        var runner = new OrleansQueryRunner(await MigratedAsync("contract_readrow"));
        await runner.RunAsync("InsertMembershipVersionKey", DeploymentId());

        var row = Assert.Single(await runner.RunAsync("MembershipReadRowKey", [DeploymentId(), .. SiloKey(33333)]));

        Assert.Equal(0, row["Version"]);
        Assert.Null(row["StartTime"]);
    }

    [Fact]
    public async Task Gateways_are_active_silos_with_a_proxy_port()
    {
        var runner = new OrleansQueryRunner(await MigratedAsync("contract_gateways"));
        await runner.RunAsync("InsertMembershipVersionKey", DeploymentId());
        await InsertSiloAsync(runner, port: 11111, tableVersion: 0);
        await InsertSiloAsync(runner, port: 22222, tableVersion: 1);
        await UpdateSiloAsync(runner, 22222, Dead, null, tableVersion: 2);

        var gateways = await runner.RunAsync("GatewaysQueryKey", DeploymentId(), ("Status", Active, DbType.Int32));

        var gateway = Assert.Single(gateways);
        Assert.Equal(11111 + 1000, gateway["ProxyPort"]);
        Assert.Equal("127.0.0.1", gateway["Address"]);
    }

    [Fact]
    public async Task Dead_silo_cleanup_only_removes_rows_that_still_match()
    {
        var runner = new OrleansQueryRunner(await MigratedAsync("contract_cleanup"));
        await runner.RunAsync("InsertMembershipVersionKey", DeploymentId());
        await InsertSiloAsync(runner, port: 11111, tableVersion: 0);
        await UpdateSiloAsync(runner, 11111, Dead, null, tableVersion: 1);
        var seen = Assert.Single(await runner.RunAsync("MembershipReadRowKey", [DeploymentId(), .. SiloKey(11111)]));
        var startTime = DateTime.SpecifyKind((DateTime)seen["StartTime"]!, DateTimeKind.Utc);
        var aliveTime = DateTime.SpecifyKind((DateTime)seen["IAmAliveTime"]!, DateTimeKind.Utc);

        await runner.RunAsync("CleanupDefunctSiloEntryKey",
            [DeploymentId(), .. SiloKey(11111), ("SuspectTimes", null, DbType.String),
             ("StartTime", startTime, DbType.DateTime), ("IAmAliveTime", aliveTime.AddSeconds(1), DbType.DateTime)]);
        var afterMismatch = await runner.RunAsync("MembershipReadAllKey", DeploymentId());
        await runner.RunAsync("CleanupDefunctSiloEntryKey",
            [DeploymentId(), .. SiloKey(11111), ("SuspectTimes", null, DbType.String),
             ("StartTime", startTime, DbType.DateTime), ("IAmAliveTime", aliveTime, DbType.DateTime)]);
        var afterMatch = await runner.RunAsync("MembershipReadAllKey", DeploymentId());

        Assert.NotNull(Assert.Single(afterMismatch)["StartTime"]);
        Assert.Null(Assert.Single(afterMatch)["StartTime"]);
    }

    [Fact]
    public async Task Reminder_ranges_cover_plain_and_wrapped_hash_ranges()
    {
        var runner = new OrleansQueryRunner(await MigratedAsync("contract_ranges"));
        foreach (var hash in new[] { int.MinValue, -100, 0, 100, int.MaxValue })
        {
            await UpsertReminderAsync(runner, $"test/{hash}", "r", hash);
        }

        var plain = await ReadRangeAsync(runner, "ReadRangeRows1Key", -100, 100);
        var wrapped = await ReadRangeAsync(runner, "ReadRangeRows2Key", 100, -100);
        var wholeRing = await ReadRangeAsync(runner, "ReadRangeRows2Key", 0, 0);

        Assert.Equal(Sorted(["test/0", "test/100"]), plain);
        Assert.Equal(Sorted([$"test/{int.MaxValue}", $"test/{int.MinValue}", "test/-100"]), wrapped);
        Assert.Equal(5, wholeRing.Count);
    }

    [Fact]
    public async Task Reminder_upsert_bumps_the_version_and_delete_needs_the_current_one()
    {
        var runner = new OrleansQueryRunner(await MigratedAsync("contract_reminder"));

        var created = await UpsertReminderAsync(runner, "test/1", "nightly", 42);
        var updated = await UpsertReminderAsync(runner, "test/1", "nightly", 42);
        var staleDelete = await DeleteReminderAsync(runner, "test/1", "nightly", created);
        var delete = await DeleteReminderAsync(runner, "test/1", "nightly", updated);

        Assert.NotEqual(created, updated);
        Assert.False(staleDelete);
        Assert.True(delete);
        Assert.Empty(await runner.RunAsync("ReadReminderRowsKey", ("ServiceId", "svc", DbType.String), ("GrainId", "test/1", DbType.AnsiString)));
    }

    [Fact]
    public async Task Reminder_period_longer_than_int_range_round_trips()
    {
        var runner = new OrleansQueryRunner(await MigratedAsync("contract_period"));
        var period = (long)TimeSpan.FromDays(60).TotalMilliseconds;

        await runner.RunAsync("UpsertReminderRowKey", ReminderParameters("test/long", "quarterly", 7, ("Period", period, DbType.Int64)));
        var row = Assert.Single(await runner.RunAsync("ReadReminderRowKey",
            ("ServiceId", "svc", DbType.String), ("GrainId", "test/long", DbType.AnsiString), ("ReminderName", "quarterly", DbType.String)));

        Assert.Equal(period, row["Period"]);
    }

    [Fact]
    public async Task Grain_state_first_write_loses_to_an_existing_row()
    {
        var runner = new OrleansQueryRunner(await MigratedAsync("contract_state"));

        var first = await WriteStateAsync(runner, version: null);
        var racingFirst = await WriteStateAsync(runner, version: null);
        var second = await WriteStateAsync(runner, version: first);
        var stale = await WriteStateAsync(runner, version: first);

        Assert.Equal(1, first);
        Assert.Null(racingFirst);
        Assert.Equal(2, second);
        Assert.Null(stale);
    }

    [Fact]
    public async Task Grain_state_clear_keeps_the_row_and_delete_removes_it()
    {
        var runner = new OrleansQueryRunner(await MigratedAsync("contract_clear"));
        var written = await WriteStateAsync(runner, version: null);

        var cleared = Single(await runner.RunAsync("ClearStorageKey", StateParameters(written)));
        var afterClear = Assert.Single(await runner.RunAsync("ReadFromStorageKey", StateParameters(null)));
        var staleDelete = Single(await runner.RunAsync("DeleteStorageKey", StateParameters(written)));
        var deleted = Single(await runner.RunAsync("DeleteStorageKey", StateParameters((int?)cleared)));

        Assert.Equal(2, cleared);
        Assert.Null(afterClear["PayloadBinary"]);
        Assert.Equal(2, afterClear["Version"]);
        Assert.Null(staleDelete);
        Assert.NotNull(deleted);
        Assert.Empty(await runner.RunAsync("ReadFromStorageKey", StateParameters(null)));
    }

    private Task<string> MigratedAsync(string prefix) => TestDatabase.CreateMigratedAsync(postgres.CreateDatabaseAsync, prefix);

    private static (string, object?, DbType) DeploymentId() => ("DeploymentId", Deployment, DbType.String);

    private static (string, object?, DbType)[] SiloKey(int port) =>
        [("Address", "127.0.0.1", DbType.AnsiString), ("Port", port, DbType.Int32), ("Generation", 7, DbType.Int32)];

    private static object? Single(IReadOnlyList<IReadOnlyDictionary<string, object?>> rows) =>
        Assert.Single(Assert.Single(rows)).Value;

    private static async Task<bool> InsertSiloAsync(OrleansQueryRunner runner, int port, int tableVersion)
    {
        var now = DateTime.UtcNow;
        var rows = await runner.RunAsync("InsertMembershipKey",
        [
            DeploymentId(), .. SiloKey(port),
            ("IAmAliveTime", now, DbType.DateTime), ("SiloName", $"silo-{port}", DbType.String),
            ("HostName", "localhost", DbType.String), ("StartTime", now, DbType.DateTime),
            ("Status", Active, DbType.Int32), ("ProxyPort", port + 1000, DbType.Int32), ("Version", tableVersion, DbType.Int32),
        ]);
        return (bool)Single(rows)!;
    }

    private static async Task<bool> UpdateSiloAsync(OrleansQueryRunner runner, int port, int status, string? suspectTimes, int tableVersion)
    {
        var rows = await runner.RunAsync("UpdateMembershipKey",
        [
            DeploymentId(), .. SiloKey(port),
            ("IAmAliveTime", DateTime.UtcNow, DbType.DateTime), ("Status", status, DbType.Int32),
            ("SuspectTimes", suspectTimes, DbType.String), ("Version", tableVersion, DbType.Int32),
        ]);
        return (bool)Single(rows)!;
    }

    private static (string, object?, DbType)[] ReminderParameters(string grainId, string name, int hash, (string, object?, DbType) period) =>
    [
        ("ServiceId", "svc", DbType.String), ("GrainHash", hash, DbType.Int32), ("GrainId", grainId, DbType.AnsiString),
        ("ReminderName", name, DbType.String), ("StartTime", DateTime.UtcNow, DbType.DateTime), period,
    ];

    private static async Task<int> UpsertReminderAsync(OrleansQueryRunner runner, string grainId, string name, int hash) =>
        (int)Single(await runner.RunAsync("UpsertReminderRowKey",
            ReminderParameters(grainId, name, hash, ("Period", 60_000, DbType.Int32))))!;

    private static async Task<bool> DeleteReminderAsync(OrleansQueryRunner runner, string grainId, string name, int version) =>
        (bool)Single(await runner.RunAsync("DeleteReminderRowKey",
            ("ServiceId", "svc", DbType.String), ("GrainId", grainId, DbType.AnsiString),
            ("ReminderName", name, DbType.String), ("Version", version, DbType.Int32)))!;

    private static async Task<List<string>> ReadRangeAsync(OrleansQueryRunner runner, string queryKey, int begin, int end)
    {
        var rows = await runner.RunAsync(queryKey,
            ("ServiceId", "svc", DbType.String), ("BeginHash", begin, DbType.Int32), ("EndHash", end, DbType.Int32));
        return Sorted(rows.Select(r => (string)r["GrainId"]!));
    }

    private static List<string> Sorted(IEnumerable<string> values) => values.Order(StringComparer.Ordinal).ToList();

    private static async Task<int?> WriteStateAsync(OrleansQueryRunner runner, int? version) =>
        (int?)Single(await runner.RunAsync("WriteToStorageKey",
            [.. StateParameters(version), ("PayloadBinary", new byte[] { 1, 2, 3 }, DbType.Binary)]));

    private static (string, object?, DbType)[] StateParameters(int? version) =>
    [
        ("GrainIdHash", 123, DbType.Int32), ("GrainIdN0", 0L, DbType.Int64), ("GrainIdN1", 0L, DbType.Int64),
        ("GrainTypeHash", 456, DbType.Int32), ("GrainTypeString", "test.grain", DbType.String),
        ("GrainIdExtensionString", "student-1", DbType.String), ("ServiceId", "svc", DbType.String),
        ("GrainStateVersion", version, DbType.Int32),
    ];
}
