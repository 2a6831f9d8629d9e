using System.Net;
using CradleToCareer.Host.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Hosting.Kubernetes;

namespace CradleToCareer.Host.Tests.Hosting;

/// <summary>
/// <c>C2C:Cluster:Kubernetes</c> switches Orleans' Kubernetes hosting on. The host is built, not started: outside a pod
/// the silo could not reach Kubernetes, and Orleans' own check of the hosting options wants the pod's namespace.
/// </summary>
public sealed class KubernetesHostingTests
{
    [Fact]
    public async Task On_kubernetes_the_hosting_deletes_the_pods_of_dead_silos_and_wants_the_pod_s_namespace()
    {
        await using var app = await BuildAsync("C2C:Cluster:Kubernetes=true");

        var refused = Assert.Throws<OptionsValidationException>(() => app.Services.GetRequiredService<IOptions<KubernetesHostingOptions>>().Value);

        Assert.True(Configured(app).DeleteDefunctSiloPods);
        Assert.Contains("POD_NAMESPACE", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_the_setting_kubernetes_hosting_stays_off()
    {
        await using var app = await BuildAsync("C2C:Cluster:AdvertisedAddress=127.0.0.1");

        Assert.False(Configured(app).DeleteDefunctSiloPods);
        Assert.False(app.Services.GetRequiredService<IOptions<KubernetesHostingOptions>>().Value.DeleteDefunctSiloPods);
        Assert.Equal(IPAddress.Loopback, app.Services.GetRequiredService<IOptions<EndpointOptions>>().Value.AdvertisedIPAddress);
    }

    /// <summary>The hosting options as every registered configuration leaves them, before Orleans checks them.</summary>
    private static KubernetesHostingOptions Configured(WebApplication app)
    {
        var options = new KubernetesHostingOptions();
        foreach (var configure in app.Services.GetServices<IConfigureOptions<KubernetesHostingOptions>>())
        {
            configure.Configure(options);
        }

        return options;
    }

    /// <summary>The host on PostgreSQL as far as building goes: nothing here connects, so the database need not exist.</summary>
    private static Task<WebApplication> BuildAsync(params string[] settings) =>
        ServiceHost.CreateAsync(
        [
            "--urls=http://127.0.0.1:0",
            "--ConnectionStrings:Postgres=Host=127.0.0.1;Port=1;Database=nowhere",
            "--C2C:Database:MigrateOnStart=false",
            $"--C2C:Identity:TokenKey={ServiceUnderTest.TokenKey}",
            $"--C2C:Security:KeyEncryptionKey={ServiceUnderTest.KeyEncryptionKey}",
            $"--C2C:Admin:ClientSecret={ServiceUnderTest.AdminSecret}",
            .. settings.Select(setting => "--" + setting),
        ]);
}
