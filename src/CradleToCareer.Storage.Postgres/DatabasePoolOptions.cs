using System.ComponentModel.DataAnnotations;
using Npgsql;

namespace CradleToCareer.Storage.Postgres;

/// <summary>
/// How many PostgreSQL connections one host may hold (<c>C2C:Database</c>): <see cref="MaxPoolSize"/> for the
/// event log and the service's stores, <see cref="OrleansMaxPoolSize"/> for Orleans' clustering, grain storage and
/// reminders (and the migration at start). The defaults, 30 + 10, let two hosts and a migrate step share a stock
/// server (<c>max_connections=100</c>) with room left for administration. A <c>Maximum Pool Size</c> written in the
/// connection string was chosen on purpose and wins for both pools.
/// </summary>
public sealed class DatabasePoolOptions
{
    public const string Section = "C2C:Database";

    /// <summary>Npgsql refuses larger pools.</summary>
    private const int Largest = 1024;

    private const string RangeMessage = Section + ":{0} must be a number of connections from {1} to {2}.";

    [Range(1, Largest, ErrorMessage = RangeMessage)]
    public int MaxPoolSize { get; set; } = 30;

    [Range(1, Largest, ErrorMessage = RangeMessage)]
    public int OrleansMaxPoolSize { get; set; } = 10;

    /// <summary>The connection string of the service's own pool, named <c>c2c</c> in <c>pg_stat_activity</c>.</summary>
    public string ForService(string connectionString) => Sized(connectionString, MaxPoolSize, "c2c");

    /// <summary>The connection string of the Orleans providers' pool, named <c>c2c-orleans</c> in <c>pg_stat_activity</c>.</summary>
    public string ForOrleans(string connectionString) => Sized(connectionString, OrleansMaxPoolSize, "c2c-orleans");

    /// <summary>The pool size a connection string asks for.</summary>
    public static int PoolSizeOf(string connectionString) => new NpgsqlConnectionStringBuilder(connectionString).MaxPoolSize;

    private static string Sized(string connectionString, int poolSize, string applicationName)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!builder.Keys.Contains("Maximum Pool Size"))
        {
            builder.MaxPoolSize = poolSize;
        }

        if (!builder.Keys.Contains("Application Name"))
        {
            builder.ApplicationName = applicationName;
        }

        return builder.ConnectionString;
    }
}
