using Orleans.Storage;

namespace CradleToCareer.Storage.Tests.Cluster;

/// <summary>A real two-silo cluster running on our PostgreSQL schema through the Orleans ADO.NET providers.</summary>
public sealed class OrleansProviderTests(OrleansClusterFixture fixture) : IClassFixture<OrleansClusterFixture>
{
    private const int ActiveStatus = 3;

    private IGrainFactory Grains => fixture.Cluster.GrainFactory;

    [Fact]
    public async Task Both_silos_are_active_members_in_the_database()
    {
        var active = await TestDatabase.ScalarAsync<long>(fixture.DatabaseConnectionString,
            "SELECT count(*) FROM c2c_orleans_silo WHERE deployment_id = @cluster AND status = @active",
            ("cluster", fixture.Cluster.Options.ClusterId), ("active", ActiveStatus));
        var version = await TestDatabase.ScalarAsync<int>(fixture.DatabaseConnectionString,
            "SELECT version FROM c2c_orleans_cluster_version WHERE deployment_id = @cluster",
            ("cluster", fixture.Cluster.Options.ClusterId));

        Assert.Equal(2, active);
        Assert.Equal(2, fixture.Cluster.GetActiveSilos().Count());
        Assert.True(version >= 2, $"Two joins should have bumped the table version at least twice, it is {version}.");
    }

    [Fact]
    public async Task State_survives_deactivation()
    {
        var grain = Grains.GetGrain<INoteGrain>($"survivor-{Guid.NewGuid():N}");
        await grain.WriteAsync("first day of school");
        var before = await grain.ActivationAsync();

        await grain.DeactivateAsync();
        var text = await grain.ReadAsync();
        var after = await grain.ActivationAsync();

        Assert.NotEqual(before, after);
        Assert.Equal("first day of school", text);
    }

    [Fact]
    public async Task Stale_etag_write_is_rejected()
    {
        var key = $"conflict-{Guid.NewGuid():N}";
        var grain = Grains.GetGrain<INoteGrain>(key);
        await grain.WriteAsync("v1");
        var bumped = await TestDatabase.ExecuteAsync(fixture.DatabaseConnectionString,
            "UPDATE c2c_orleans_grain_state SET version = version + 1 WHERE grain_id_extension = @key", ("key", key));

        var error = await Record.ExceptionAsync(() => grain.WriteAsync("v2"));

        Assert.Equal(1, bumped);
        Assert.IsType<InconsistentStateException>(error);
    }

    [Fact]
    public async Task Reminder_can_be_registered_read_and_unregistered()
    {
        var key = $"reminder-{Guid.NewGuid():N}";
        var grain = Grains.GetGrain<IReminderGrain>(key);
        const string countRows = "SELECT count(*) FROM c2c_orleans_reminder WHERE grain_id LIKE '%' || @key AND reminder_name = 'nightly'";

        await grain.RegisterAsync("nightly");
        var registered = await grain.HasReminderAsync("nightly");
        var rowsAfterRegister = await TestDatabase.ScalarAsync<long>(fixture.DatabaseConnectionString, countRows, ("key", key));
        await grain.UnregisterAsync("nightly");
        var stillRegistered = await grain.HasReminderAsync("nightly");
        var rowsAfterUnregister = await TestDatabase.ScalarAsync<long>(fixture.DatabaseConnectionString, countRows, ("key", key));

        Assert.True(registered);
        Assert.Equal(1, rowsAfterRegister);
        Assert.False(stillRegistered);
        Assert.Equal(0, rowsAfterUnregister);
    }
}
