using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace CradleToCareer.Testing;

/// <summary>
/// A throwaway PostgreSQL cluster in a temporary directory: trust authentication, listening on
/// 127.0.0.1 on a free port with its unix socket inside the directory, durability switched off for speed.
/// </summary>
internal sealed class LocalPostgresCluster
{
    private const string Superuser = "postgres";
    private const int StartAttempts = 3;
    private static readonly TimeSpan ToolTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(30);

    private readonly PostgresBinaries _binaries;
    private readonly string _root;
    private int _stopped;

    private LocalPostgresCluster(PostgresBinaries binaries, string root, int port)
    {
        _binaries = binaries;
        _root = root;
        Port = port;
    }

    public int Port { get; }

    public string AdminConnectionString => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = Superuser,
        Database = "postgres",
        Timeout = 15,
    }.ConnectionString;

    private string DataDirectory => Path.Combine(_root, "data");

    private string SocketDirectory => Path.Combine(_root, "socket");

    private string LogFile => Path.Combine(_root, "server.log");

    public static async Task<LocalPostgresCluster> StartAsync()
    {
        var binaries = PostgresBinaries.Locate();
        var root = await CreateRootDirectoryAsync();
        try
        {
            await InitialiseAsync(binaries, root);
            return await StartOnFreePortAsync(binaries, root);
        }
        catch
        {
            DeleteDirectory(root);
            throw;
        }
    }

    /// <summary>Stops the server without a checkpoint and deletes its directory; safe to call twice.</summary>
    public async Task StopAsync()
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 1)
        {
            return;
        }

        try
        {
            await StopServerAsync();
        }
        finally
        {
            DeleteDirectory(_root);
        }
    }

    /// <summary>
    /// Stops the server the way an operator's fast shutdown does (sessions ended, work committed so far kept) and
    /// keeps its directory, so <see cref="ResumeAsync"/> starts it again with its data.
    /// </summary>
    public Task HaltAsync() =>
        ProcessRunner.RunPostgresToolAsync(_binaries.PgCtl, ["stop", "-D", DataDirectory, "-m", "fast", "-w"], ToolTimeout);

    /// <summary>Starts a halted server again on the same port and waits until it answers.</summary>
    public async Task ResumeAsync()
    {
        await StartServerAsync();
        await WaitUntilReadyAsync();
    }

    private static async Task<string> CreateRootDirectoryAsync()
    {
        // Under root the tools run as the postgres user, who cannot enter root's private TMPDIR.
        var parent = ProcessRunner.IsRoot ? "/tmp" : Path.GetTempPath();
        var root = Path.Combine(parent, $"c2c-pg-{Guid.NewGuid():N}");
        Directory.CreateDirectory(root);
        Directory.CreateDirectory(Path.Combine(root, "socket"));
        if (ProcessRunner.IsRoot)
        {
            await ProcessRunner.RunAsync("chown", ["-R", $"{ProcessRunner.ServiceUser}:", root], ToolTimeout);
        }

        return root;
    }

    private static async Task InitialiseAsync(PostgresBinaries binaries, string root)
    {
        var data = Path.Combine(root, "data");
        await ProcessRunner.RunPostgresToolAsync(
            binaries.InitDb,
            ["-D", data, "-U", Superuser, "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"],
            ToolTimeout);

        var socket = Path.Combine(root, "socket");
        await File.AppendAllLinesAsync(Path.Combine(data, "postgresql.conf"),
        [
            "listen_addresses = '127.0.0.1'",
            $"unix_socket_directories = '{socket}'",
            "max_connections = 300",
            "fsync = off",
            "synchronous_commit = off",
            "full_page_writes = off",
        ]);
    }

    private static async Task<LocalPostgresCluster> StartOnFreePortAsync(PostgresBinaries binaries, string root)
    {
        for (var attempt = 1; ; attempt++)
        {
            var cluster = new LocalPostgresCluster(binaries, root, FindFreePort());
            try
            {
                await cluster.StartServerAsync();
                await cluster.WaitUntilReadyAsync();
                return cluster;
            }
            catch (Exception) when (attempt < StartAttempts && cluster.LogTail().Contains("could not bind", StringComparison.OrdinalIgnoreCase))
            {
                await cluster.TryStopServerAsync();
            }
            catch (Exception exception)
            {
                await cluster.TryStopServerAsync();
                throw new InvalidOperationException(
                    $"The throwaway PostgreSQL server did not start on port {cluster.Port}: {exception.Message}" +
                    $"{Environment.NewLine}Server log tail:{Environment.NewLine}{cluster.LogTail()}",
                    exception);
            }
        }
    }

    private Task StartServerAsync() =>
        ProcessRunner.RunPostgresToolAsync(
            _binaries.PgCtl,
            ["start", "-D", DataDirectory, "-l", LogFile, "-w", "-t", ((int)ReadyTimeout.TotalSeconds).ToString(), "-o", $"-p {Port}"],
            ToolTimeout);

    private Task StopServerAsync() =>
        ProcessRunner.RunPostgresToolAsync(_binaries.PgCtl, ["stop", "-D", DataDirectory, "-m", "immediate", "-w"], ToolTimeout);

    private async Task TryStopServerAsync()
    {
        try
        {
            await StopServerAsync();
        }
        catch (InvalidOperationException)
        {
            // Not running: nothing to stop.
        }
    }

    private async Task WaitUntilReadyAsync()
    {
        var deadline = DateTime.UtcNow + ReadyTimeout;
        while (true)
        {
            try
            {
                await using var connection = new NpgsqlConnection(AdminConnectionString);
                await connection.OpenAsync();
                await using var command = new NpgsqlCommand("SELECT 1", connection);
                await command.ExecuteScalarAsync();
                return;
            }
            catch (Exception exception) when (exception is NpgsqlException or SocketException && DateTime.UtcNow < deadline)
            {
                await Task.Delay(100);
            }
        }
    }

    private string LogTail()
    {
        try
        {
            return string.Join(Environment.NewLine, File.ReadLines(LogFile).TakeLast(30));
        }
        catch (IOException)
        {
            return "(no server log)";
        }
    }

    private static int FindFreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void DeleteDirectory(string path)
    {
        try
        {
            Directory.Delete(path, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: the directory lives under the temp folder.
        }
        catch (UnauthorizedAccessException)
        {
            // Same as above.
        }
    }
}
