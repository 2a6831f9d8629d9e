using CradleToCareer.Host.Hosting.Settings;
using CradleToCareer.Storage.Postgres;
using CradleToCareer.Abstractions;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Serialization;
using Orleans.Streams;

namespace CradleToCareer.Host.Hosting;

/// <summary>
/// The silo: embedded (localhost clustering, memory storage) or durable (ADO.NET on PostgreSQL, optionally in
/// Kubernetes pods).
/// Streams use implicit subscriptions only, so they need no pub-sub store; the default grain storage
/// and the reminder service are there for grains that keep state of their own.
/// </summary>
/// <remarks>
/// The stream cache keeps a message for as long as it may still be delivered, not the half hour of Orleans' defaults:
/// the event log holds every event, and a grain that misses a message catches up from it before its next read, so the
/// cache never needs to replay. Kept longer, it held every event of a bulk load (about 350 bytes each) in memory.
/// </remarks>
internal static class OrleansSetup
{
    private const string Invariant = "Npgsql";

    /// <summary>A stream message stays cached at least this long (Orleans' default: 5 minutes).</summary>
    private static readonly TimeSpan StreamCacheMinimum = TimeSpan.FromSeconds(15);

    /// <summary>A message this much older than the newest one is let go once past the minimum (default: 30 minutes).</summary>
    private static readonly TimeSpan StreamCacheMaximumAge = TimeSpan.FromSeconds(30);

    public static void ConfigureSilo(ISiloBuilder silo, ServiceSettings settings)
    {
        silo.Services.AddSerializer(serializer => serializer.AddDomainTypes());
        silo.Services.AddDatabaseFailureSerialization();
        silo.AddMemoryStreams(EventStreams.ProviderName, streams =>
        {
            streams.ConfigureStreamPubSub(StreamPubSubType.ImplicitOnly);
            streams.ConfigureCacheEviction(eviction => eviction.Configure(options =>
            {
                options.DataMinTimeInCache = StreamCacheMinimum;
                options.DataMaxAgeInCache = StreamCacheMaximumAge;
            }));
        });

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
