namespace CradleToCareer.Host.Hosting.Settings;

/// <summary>
/// What registering the services depends on: the backend and the silo's cluster settings, read once from the bound
/// sections. Their validation runs at start with every other section's (<see cref="SiloOptionsValidator"/>).
/// </summary>
public sealed record ServiceSettings(string? PostgresConnectionString, SiloOptions Cluster)
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>True when the service runs on the embedded default: one machine, in memory, nothing durable.</summary>
    public bool IsEmbedded => PostgresConnectionString is null;

    public static ServiceSettings From(IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString("Postgres");
        return new ServiceSettings(
            string.IsNullOrWhiteSpace(connectionString) ? null : connectionString,
            configuration.GetSection(SiloOptions.Section).Get<SiloOptions>() ?? new SiloOptions());
    }
}
