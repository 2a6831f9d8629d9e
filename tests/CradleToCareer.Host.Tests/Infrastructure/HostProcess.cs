using System.Diagnostics;
using System.Text;

namespace CradleToCareer.Host.Tests.Infrastructure;

/// <summary>The host as a separate OS process, the way it runs in production, so it can be killed outright.</summary>
public sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private HostProcess(Process process, Uri baseAddress, int siloPort, int gatewayPort)
    {
        _process = process;
        SiloPort = siloPort;
        GatewayPort = gatewayPort;
        Anonymous = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
        Http = Anonymous;
    }

    /// <summary>Sends no token.</summary>
    public HttpClient Anonymous { get; }

    /// <summary>Sends the test tenant's token once the host is ready.</summary>
    public HttpClient Http { get; private set; }

    public int SiloPort { get; }

    public int GatewayPort { get; }

    /// <summary>What the process wrote so far, for failure messages.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>
    /// Starts a host on the database. A host restarted on a crashed one's silo address takes its place at
    /// once; on a new address it would first wait for the cluster to declare the dead silo dead.
    /// </summary>
    public static async Task<HostProcess> StartAsync(
        string? postgres, HostProcess? replacing = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        var port = FreePorts.Next();
        var siloPort = replacing?.SiloPort ?? FreePorts.Next();
        var gatewayPort = replacing?.GatewayPort ?? FreePorts.Next();
        var start = StartInfo(postgres, []);
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["C2C__Cluster__SiloPort"] = siloPort.ToString();
        start.Environment["C2C__Cluster__GatewayPort"] = gatewayPort.ToString();
        start.Environment["C2C__Cluster__AdvertisedAddress"] = "127.0.0.1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the host process");
        var host = new HostProcess(process, new Uri($"http://127.0.0.1:{port}"), siloPort, gatewayPort);
        process.OutputDataReceived += (_, e) => host.Append(e.Data);
        process.ErrorDataReceived += (_, e) => host.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await host.WaitUntilReadyAsync();
        var adminSecret = postgres is null ? GeneratedAdminSecret(host.Output) : ServiceUnderTest.AdminSecret;
        host.Http = TestTenant.Authenticated(host.Anonymous.BaseAddress!, await TestTenant.ProvisionAsync(host.Anonymous, adminSecret));
        return host;
    }

    /// <summary>Runs the host with a command (e.g. <c>migrate</c>) to its end: exit code and everything it wrote.</summary>
    public static async Task<(int ExitCode, string Output)> RunCommandAsync(string? postgres, params string[] args)
    {
        var start = StartInfo(postgres, args);
        start.Environment["Logging__LogLevel__Default"] = "Information";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the host process");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await errors);
    }

    /// <summary>SIGKILL: no shutdown code runs, nothing is flushed.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    /// <summary>The admin secret the embedded default printed at start.</summary>
    public static string GeneratedAdminSecret(string output) =>
        System.Text.RegularExpressions.Regex.Match(output, @"client_secret:\s+(\S+)").Groups[1].Value;

    public async ValueTask DisposeAsync()
    {
        if (Http != Anonymous)
        {
            Http.Dispose();
        }

        Anonymous.Dispose();
        if (!_process.HasExited)
        {
            await KillAsync();
        }

        _process.Dispose();
    }

    private static ProcessStartInfo StartInfo(string? postgres, string[] args)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "CradleToCareer.Host.dll"), .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment["ConnectionStrings__Postgres"] = postgres ?? "";
        start.Environment["C2C__Identity__TokenKey"] = ServiceUnderTest.TokenKey;
        start.Environment["C2C__Security__KeyEncryptionKey"] = ServiceUnderTest.KeyEncryptionKey;
        start.Environment["C2C__Admin__ClientSecret"] = postgres is null ? "" : ServiceUnderTest.AdminSecret;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        return start;
    }

    private async Task WaitUntilReadyAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The host exited with code {_process.ExitCode}:\n{Output}");
            }

            try
            {
                if ((await Http.GetAsync("/health/ready")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"The host was not ready within 90 seconds:\n{Output}");
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}
