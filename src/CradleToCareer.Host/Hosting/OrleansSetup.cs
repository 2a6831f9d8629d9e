using CradleToCareer.Host.Hosting.Settings;
using CradleToCareer.Storage.Postgres;
using CradleToCareer.Abstractions;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Serialization;
using CradleToCareer.Grains.Streaming;

namespace CradleToCareer.Host.Hosting;

/// <summary>
/// The silo: embedded (localhost clustering, memory storage) or durable (ADO.NET on PostgreSQL, optionally in
/// Kubernetes pods).
/// The event streams are ours (<see cref="EventStreamsSetup"/>); the default grain storage and the reminder service are
/// there for grains that keep state of their own.
/// </summary>
internal static class OrleansSetup
{
    private const string Invariant = "Npgsql";

    public static void ConfigureSilo(ISiloBuilder silo, ServiceSettings settings)
    {
        silo.Services.AddSerializer(serializer => serializer.AddDomainTypes());
        silo.Services.AddDatabaseFailureSerialization();
        silo.AddEventStreams();

        var cluster = settings.Cluster;
        silo.Configure<SiloMessagingOptions>(messaging => messaging.ResponseTimeout = TimeSpan.FromSeconds(cluster.ResponseTimeoutSeconds));
        silo.Configure<GrainCollectionOptions>(collection => collection.CollectionAge = TimeSpan.FromMinutes(cluster.IdleGrainMinutes));
        if (settings.PostgresConnectionString is not { } connectionString)
        {
            silo.UseLocalhostClustering(cluster.SiloPort, cluster.GatewayPort, serviceId: cluster.ServiceId, clusterId: cluster.ClusterId);
            silo.AddMemoryGrainStorageAsDefault();
            silo.UseInMemoryReminderService();
            return;
        }

        silo.Configure<ClusterOptions>(options =>
        {
            options.ClusterId = cluster.ClusterId;
            options.ServiceId = cluster.ServiceId;
        });
        ConfigureEndpoints(silo, cluster);
        silo.UseAdoNetClustering(options => options.Configure<IOptions<DatabasePoolOptions>>((clustering, pools) =>
        {
            clustering.Invariant = Invariant;
            clustering.ConnectionString = pools.Value.ForOrleans(connectionString);
        }));
        silo.AddAdoNetGrainStorageAsDefault(options => options.Configure<IOptions<DatabasePoolOptions>>((storage, pools) =>
        {
            storage.Invariant = Invariant;
            storage.ConnectionString = pools.Value.ForOrleans(connectionString);
        }));
        silo.UseAdoNetReminderService(options => options.Configure<IOptions<DatabasePoolOptions>>((reminders, pools) =>
        {
            reminders.Invariant = Invariant;
            reminders.ConnectionString = pools.Value.ForOrleans(connectionString);
        }));
    }

    /// <summary>
    /// The silo's address and ports. On Kubernetes, Orleans' Kubernetes hosting names the silo after its pod, advertises
    /// the pod's IP, listens on every address, and declares silos dead whose pods are gone; the ports are ours.
    /// </summary>
    private static void ConfigureEndpoints(ISiloBuilder silo, Settings.SiloOptions cluster)
    {
        if (cluster.Kubernetes)
        {
            silo.Configure<EndpointOptions>(endpoints =>
            {
                endpoints.SiloPort = cluster.SiloPort;
                endpoints.GatewayPort = cluster.GatewayPort;
            });
            silo.UseKubernetesHosting(hosting => hosting.Configure(options => options.DeleteDefunctSiloPods = true));
        }
        else if (cluster.AdvertisedIPAddress() is { } address)
        {
            silo.ConfigureEndpoints(address, cluster.SiloPort, cluster.GatewayPort, listenOnAnyHostAddress: true);
        }
        else
        {
            silo.ConfigureEndpoints(cluster.SiloPort, cluster.GatewayPort);
        }
    }

    /// <summary>
    /// Lets Npgsql's exceptions cross silos as themselves (Orleans carries only System, Microsoft and Azure
    /// exceptions by default): a grain on another silo that finds the database out of reach still makes a 503.
    /// </summary>
    public static IServiceCollection AddDatabaseFailureSerialization(this IServiceCollection services) =>
        services.Configure<ExceptionSerializationOptions>(options => options.SupportedNamespacePrefixes.Add("Npgsql"));
}
