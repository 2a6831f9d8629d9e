using CradleToCareer.Host.Hosting.Settings;
using Microsoft.Extensions.Options;
using CradleToCareer.Storage.Postgres;

namespace CradleToCareer.Host.Hosting;

/// <summary>Says at start how the service runs, loudly when nothing it holds will survive a restart.</summary>
internal sealed class StartupReport(
    ServiceSettings settings, IdentityTokenKey tokenKey, IOptions<DatabasePoolOptions> pools, ILogger<StartupReport> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (settings.PostgresConnectionString is { } connectionString)
        {
            logger.LogInformation(
                "Durable mode: event log, clustering, grain storage and reminders on PostgreSQL; cluster {ClusterId}, silo port {SiloPort}, " +
                "gateway port {GatewayPort}; up to {ServicePool} + {OrleansPool} database connections (service + Orleans)",
                settings.Cluster.ClusterId, settings.Cluster.SiloPort, settings.Cluster.GatewayPort,
                DatabasePoolOptions.PoolSizeOf(pools.Value.ForService(connectionString)),
                DatabasePoolOptions.PoolSizeOf(pools.Value.ForOrleans(connectionString)));
        }
        else
        {
            logger.LogWarning(
                "EMBEDDED MODE: no ConnectionStrings:Postgres is set. Events, identities and grain state live in this " +
                "process's memory only and are LOST when it stops. Single machine, localhost clustering. " +
                "Set ConnectionStrings__Postgres for a durable service.");
        }

        if (tokenKey.Generated)
        {
            logger.LogWarning("No C2C:Identity:TokenKey is set: a random key was generated for this run; SSN and identifier tokens will differ after a restart");
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
