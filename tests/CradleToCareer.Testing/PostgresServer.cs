using System.Collections.Concurrent;
using System.Text;
using Npgsql;

namespace CradleToCareer.Testing;

/// <summary>
/// A PostgreSQL server for tests that hands out a brand-new database per caller.
/// </summary>
/// <remarks>
/// When the <c>ConnectionStrings__Postgres</c> environment variable is set, that server is used
/// and only fresh databases are created in it (and dropped again on disposal). Otherwise a
/// throwaway cluster is created from the locally installed PostgreSQL binaries and removed on disposal.
/// </remarks>
public sealed class PostgresServer : IAsyncDisposable
{
    /// <summary>Environment variable naming an existing server to use instead of a throwaway one.</summary>
    public const string ConnectionStringVariable = "ConnectionStrings__Postgres";

    private readonly LocalPostgresCluster? _cluster;
    private readonly ConcurrentBag<string> _createdDatabases = [];
    private int _disposed;

    private PostgresServer(string adminConnectionString, LocalPostgresCluster? cluster)
    {
        AdminConnectionString = adminConnectionString;
        _cluster = cluster;
        if (cluster is not null)
        {
            AppDomain.CurrentDomain.ProcessExit += StopOnProcessExit;
        }
    }

    /// <summary>Superuser connection string to the server's maintenance database.</summary>
    public string AdminConnectionString { get; }

    /// <summary>True when this instance started (and will remove) its own cluster.</summary>
    public bool IsThrowaway => _cluster is not null;

    /// <summary>Uses <see cref="ConnectionStringVariable"/> when set, otherwise starts a throwaway cluster.</summary>
    public static async Task<PostgresServer> StartAsync()
    {
        var configured = Environment.GetEnvironmentVariable(ConnectionStringVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return new PostgresServer(configured, cluster: null);
        }

        var cluster = await LocalPostgresCluster.StartAsync();
        return new PostgresServer(cluster.AdminConnectionString, cluster);
    }

    /// <summary>
    /// Always starts a throwaway cluster, whatever <see cref="ConnectionStringVariable"/> says: for a test that stops
    /// and starts the server, which must never be one other tests share.
    /// </summary>
    public static async Task<PostgresServer> StartThrowawayAsync()
    {
        var cluster = await LocalPostgresCluster.StartAsync();
        return new PostgresServer(cluster.AdminConnectionString, cluster);
    }

    /// <summary>Stops a throwaway server as a fast shutdown does, keeping its data; see <see cref="ResumeAsync"/>.</summary>
    public Task HaltAsync() => Throwaway.HaltAsync();

    /// <summary>Starts a halted throwaway server again on the same port, with its data.</summary>
    public Task ResumeAsync() => Throwaway.ResumeAsync();

    private LocalPostgresCluster Throwaway =>
        _cluster ?? throw new InvalidOperationException("Only a throwaway server is stopped and started by a test.");

    /// <summary>Creates an empty database and returns a connection string to it.</summary>
    /// <param name="prefix">Readable start of the database name; letters, digits and underscores are kept.</param>
    public async Task<string> CreateDatabaseAsync(string? prefix = null)
    {
        ObjectDisposedException.ThrowIf(_disposed == 1, this);
        var name = DatabaseName(prefix);
        // FILE_COPY (PostgreSQL 15+) copies the small template directly instead of WAL-logging every page.
        await ExecuteAdminAsync(connection => connection.PostgreSqlVersion.Major >= 15
            ? $"CREATE DATABASE \"{name}\" STRATEGY = FILE_COPY"
            : $"CREATE DATABASE \"{name}\"");
        _createdDatabases.Add(name);
        return new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name }.ConnectionString;
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        if (_cluster is not null)
        {
            AppDomain.CurrentDomain.ProcessExit -= StopOnProcessExit;
            await _cluster.StopAsync();
            return;
        }

        foreach (var name in _createdDatabases)
        {
            await ExecuteAdminAsync(_ => $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        }
    }

    /// <summary>A valid, unique PostgreSQL database name (at most 63 bytes) starting with the given prefix.</summary>
    public static string DatabaseName(string? prefix)
    {
        var readable = new StringBuilder();
        foreach (var character in (prefix ?? "test").ToLowerInvariant())
        {
            if (readable.Length == 30)
            {
                break;
            }

            readable.Append(char.IsAsciiLetterOrDigit(character) ? character : '_');
        }

        if (readable.Length == 0 || char.IsAsciiDigit(readable[0]))
        {
            readable.Insert(0, 't');
        }

        return $"{readable}_{Guid.NewGuid():N}";
    }

    private async Task ExecuteAdminAsync(Func<NpgsqlConnection, string> sql)
    {
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql(connection), connection);
        await command.ExecuteNonQueryAsync();
    }

    private void StopOnProcessExit(object? sender, EventArgs e) =>
        _cluster?.StopAsync().GetAwaiter().GetResult();
}
