using CradleToCareer.Testing;
using Microsoft.Extensions.Configuration;
using Orleans.TestingHost;

namespace CradleToCareer.Storage.Tests.Cluster;

/// <summary>
/// Two in-process silos whose membership, grain state and reminders live in a freshly migrated
/// PostgreSQL database, plus a client that finds them through the database's gateway list.
/// </summary>
public sealed class OrleansClusterFixture : IAsyncLifetime
{
    public const string Invariant = "Npgsql";
    public const string StorageName = "c2c";
    private const string ConnectionStringKey = "C2C:Postgres";

    private PostgresServer? _server;
    private TestCluster? _cluster;

    public TestCluster Cluster => _cluster ?? throw new InvalidOperationException("The cluster is not started.");

    public string DatabaseConnectionString { get; private set; } = string.Empty;

    public static string ConnectionString(IConfiguration configuration) =>
        configuration[ConnectionStringKey] ?? throw new InvalidOperationException($"'{ConnectionStringKey}' is not configured.");

    public async Task InitializeAsync()
    {
        _server = await PostgresServer.StartAsync();
        DatabaseConnectionString = await TestDatabase.CreateMigratedAsync(_server.CreateDatabaseAsync, "orleans_cluster");

        var builder = new TestClusterBuilder(initialSilosCount: 2);
        builder.Options.UseTestClusterMembership = false;
        builder.Options.ConfigureFileLogging = false;
        builder.Properties[ConnectionStringKey] = DatabaseConnectionString;
        builder.AddSiloBuilderConfigurator<PostgresSiloConfigurator>();
        builder.AddClientBuilderConfigurator<PostgresClientConfigurator>();
        _cluster = builder.Build();
        await _cluster.DeployAsync();
    }

    public async Task DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.StopAllSilosAsync();
            await _cluster.DisposeAsync();
        }

        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
