using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace CradleToCareer.Host.Tests.Infrastructure;

/// <summary>The real host in this process: Kestrel on a free loopback port and its own Orleans silo.</summary>
public sealed class ServiceUnderTest : IAsyncDisposable
{
    /// <summary>A fixed identity token key, so tokens stay the same across restarts on one database.</summary>
    public static readonly string TokenKey = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());

    /// <summary>The bootstrap admin client of every test host.</summary>
    public const string AdminClientId = "admin";

    public const string AdminSecret = "test-only-admin-secret";

    /// <summary>A fixed key-encryption key, so signing keys stay readable across restarts on one database.</summary>
    public static readonly string KeyEncryptionKey = Convert.ToBase64String(Enumerable.Range(101, 32).Select(i => (byte)i).ToArray());

    private readonly WebApplication _app;

    private ServiceUnderTest(WebApplication app, HttpClient anonymous, HttpClient http)
    {
        _app = app;
        Anonymous = anonymous;
        Http = http;
    }

    /// <summary>Sends no token.</summary>
    public HttpClient Anonymous { get; }

    /// <summary>Sends the test tenant's token (roles source and student-portal).</summary>
    public HttpClient Http { get; }

    public IServiceProvider Services => _app.Services;

    /// <summary>Starts on the embedded default (no database), or durable on the given database.</summary>
    public static Task<ServiceUnderTest> StartAsync(string? postgres = null, params string[] settings) =>
        StartAsync(postgres, _ => { }, settings);

    /// <summary>As <see cref="StartAsync(string?, string[])"/>, with some services replaced (after all are registered).</summary>
    public static async Task<ServiceUnderTest> StartAsync(string? postgres, Action<IServiceCollection> replaceServices, params string[] settings)
    {
        var args = new List<string>
        {
            "--urls=http://127.0.0.1:0",
            $"--ConnectionStrings:Postgres={postgres}",
            $"--C2C:Identity:TokenKey={TokenKey}",
            $"--C2C:Security:KeyEncryptionKey={KeyEncryptionKey}",
            $"--C2C:Admin:ClientId={AdminClientId}",
            $"--C2C:Admin:ClientSecret={AdminSecret}",
            $"--C2C:Cluster:SiloPort={FreePorts.Next()}",
            $"--C2C:Cluster:GatewayPort={FreePorts.Next()}",
            "--C2C:Cluster:AdvertisedAddress=127.0.0.1",
            $"--C2C:Cluster:ClusterId=test-{Guid.NewGuid():N}",
            "--Logging:LogLevel:Default=Warning",
            // Tests ask for many tokens from one address within seconds; the tests of that limit set their own.
            "--C2C:RateLimits:Token:RequestsPerSecondPerAddress=100000",
            "--C2C:RateLimits:Token:BurstPerAddress=100000",
        };
        args.AddRange(settings.Select(setting => "--" + setting));
        var app = await ServiceHost.CreateAsync([.. args], replaceServices);
        await app.StartAsync();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());
        var anonymous = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
        var token = await TestTenant.ProvisionAsync(anonymous, AdminSecret);
        return new ServiceUnderTest(app, anonymous, TestTenant.Authenticated(address, token));
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        Anonymous.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
