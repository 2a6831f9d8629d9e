using System.Net;

namespace CradleToCareer.Host.Hosting;

/// <summary>Everything the host reads from configuration, validated once at start.</summary>
public sealed record ServiceSettings(
    string? PostgresConnectionString,
    byte[] TokenKey,
    bool TokenKeyGenerated,
    bool MigrateOnStart,
    string ClusterId,
    string ServiceId,
    int SiloPort,
    int GatewayPort,
    IPAddress? AdvertisedAddress)
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>True when the service runs on the embedded default: one machine, in memory, nothing durable.</summary>
    public bool IsEmbedded => PostgresConnectionString is null;

    public static ServiceSettings From(IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString("Postgres");
        connectionString = string.IsNullOrWhiteSpace(connectionString) ? null : connectionString;
        var (key, generated) = ConfiguredKeys.Read(
            configuration, "C2C:Identity:TokenKey", embedded: connectionString is null,
            "SSN and identifier tokens must stay the same across restarts and silos");
        return new ServiceSettings(
            connectionString,
            key,
            generated,
            configuration.GetValue("C2C:Database:MigrateOnStart", true),
            configuration["C2C:Cluster:ClusterId"] ?? "c2c",
            configuration["C2C:Cluster:ServiceId"] ?? "cradle-to-career",
            configuration.GetValue("C2C:Cluster:SiloPort", 11111),
            configuration.GetValue("C2C:Cluster:GatewayPort", 30000),
            ReadAddress(configuration["C2C:Cluster:AdvertisedAddress"]));
    }

    private static IPAddress? ReadAddress(string? value) =>
        string.IsNullOrWhiteSpace(value)
            ? null
            : IPAddress.TryParse(value, out var address)
                ? address
                : Dns.GetHostAddresses(value).First(a => a.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork);
}
