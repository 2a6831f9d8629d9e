using Microsoft.Extensions.Configuration;
using Orleans.TestingHost;

namespace CradleToCareer.Storage.Tests.Cluster;

/// <summary>Points every silo's clustering, grain storage and reminders at the migrated test database.</summary>
public sealed class PostgresSiloConfigurator : ISiloConfigurator
{
    public void Configure(ISiloBuilder siloBuilder)
    {
        var connectionString = OrleansClusterFixture.ConnectionString(siloBuilder.Configuration);
        siloBuilder
            .UseAdoNetClustering(options =>
            {
                options.Invariant = OrleansClusterFixture.Invariant;
                options.ConnectionString = connectionString;
            })
            .AddAdoNetGrainStorage(OrleansClusterFixture.StorageName, options =>
            {
                options.Invariant = OrleansClusterFixture.Invariant;
                options.ConnectionString = connectionString;
            })
            .UseAdoNetReminderService(options =>
            {
                options.Invariant = OrleansClusterFixture.Invariant;
                options.ConnectionString = connectionString;
            });
    }
}

/// <summary>Lets the test client find the gateways through the ADO.NET gateway list.</summary>
public sealed class PostgresClientConfigurator : IClientBuilderConfigurator
{
    public void Configure(IConfiguration configuration, IClientBuilder clientBuilder) =>
        clientBuilder.UseAdoNetClustering(options =>
        {
            options.Invariant = OrleansClusterFixture.Invariant;
            options.ConnectionString = OrleansClusterFixture.ConnectionString(configuration);
        });
}
