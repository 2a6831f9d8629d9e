using CradleToCareer.Host.Hosting.Settings;
using CradleToCareer.Host.Tests.Infrastructure;

namespace CradleToCareer.Host.Tests.Hosting;

/// <summary><c>C2C:Cluster</c>: the defaults pass; every bad value is named in one result.</summary>
public sealed class SiloOptionsValidatorTests
{
    private static readonly ServiceSettings Durable = new("Host=db.example;Database=c2c", new SiloOptions());

    [Fact]
    public void The_defaults_and_an_ip_address_pass()
    {
        var options = Bind(("C2C:Cluster:AdvertisedAddress", "127.0.0.1"));

        Assert.True(new SiloOptionsValidator(Durable).Validate(null, options).Succeeded);
        Assert.Equal(("c2c", "cradle-to-career", 11111, 30000, 30, 15), (options.ClusterId, options.ServiceId, options.SiloPort, options.GatewayPort, options.ResponseTimeoutSeconds, options.IdleGrainMinutes));
    }

    [Fact]
    public void Every_bad_value_is_named()
    {
        var result = new SiloOptionsValidator(Durable).Validate(null, Bind(
            ("C2C:Cluster:ClusterId", " "),
            ("C2C:Cluster:SiloPort", "0"),
            ("C2C:Cluster:GatewayPort", "70000"),
            ("C2C:Cluster:ResponseTimeoutSeconds", "0"),
            ("C2C:Cluster:IdleGrainMinutes", "1"),
            ("C2C:Cluster:AdvertisedAddress", "no-such-host.invalid")));

        Assert.Equal(
            [
                "C2C:Cluster:ClusterId must not be empty.",
                "C2C:Cluster:SiloPort must be a port from 1 to 65535.",
                "C2C:Cluster:GatewayPort must be a port from 1 to 65535.",
                "C2C:Cluster:ResponseTimeoutSeconds must be from 1 to 300.",
                "C2C:Cluster:IdleGrainMinutes must be from 2 to 1440 (Orleans checks for idle grains every minute).",
                "C2C:Cluster:AdvertisedAddress must be an IP address or a host name that resolves to an IPv4 address.",
            ],
            result.Failures!);
    }

    [Fact]
    public void The_silo_and_gateway_ports_must_differ()
    {
        var result = new SiloOptionsValidator(Durable).Validate(null, Bind(("C2C:Cluster:SiloPort", "30000")));

        Assert.Equal(["C2C:Cluster:SiloPort and C2C:Cluster:GatewayPort must differ."], result.Failures!);
    }

    [Fact]
    public void Kubernetes_hosting_on_postgresql_without_an_address_of_its_own_passes()
    {
        var options = Bind(("C2C:Cluster:Kubernetes", "true"));

        Assert.True(options.Kubernetes);
        Assert.True(new SiloOptionsValidator(Durable).Validate(null, options).Succeeded);
    }

    [Fact]
    public void Kubernetes_hosting_needs_postgresql_and_the_pod_s_own_address()
    {
        var embedded = new ServiceSettings(null, new SiloOptions());

        var result = new SiloOptionsValidator(embedded).Validate(null, Bind(
            ("C2C:Cluster:Kubernetes", "true"),
            ("C2C:Cluster:AdvertisedAddress", "127.0.0.1")));

        Assert.Equal(
            [
                "C2C:Cluster:Kubernetes needs ConnectionStrings:Postgres (env ConnectionStrings__Postgres): " +
                "on Kubernetes the silos still find each other through the membership table on PostgreSQL.",
                "C2C:Cluster:AdvertisedAddress must not be set with C2C:Cluster:Kubernetes: the pod's address (POD_IP) is advertised.",
            ],
            result.Failures!);
    }

    private static SiloOptions Bind(params (string Key, string Value)[] values) => BoundOptions.From<SiloOptions>(SiloOptions.Section, values);
}
