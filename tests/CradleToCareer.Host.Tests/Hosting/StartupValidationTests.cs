using CradleToCareer.Host.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace CradleToCareer.Host.Tests.Hosting;

/// <summary>The real host refuses to start on bad configuration and names every bad value in one exception.</summary>
public sealed class StartupValidationTests
{
    private const string UnreachableDatabase = "Host=127.0.0.1;Port=1;Database=nowhere";

    [Fact]
    public async Task Bad_values_in_several_sections_are_all_named_in_one_failed_start()
    {
        var shortKey = Convert.ToBase64String(Enumerable.Range(1, 16).Select(i => (byte)(i * 7)).ToArray());

        var refused = await Assert.ThrowsAsync<AggregateException>(() => ServiceUnderTest.StartAsync(
            null,
            $"C2C:Security:KeyEncryptionKey={shortKey}",
            "C2C:Alerts:SweepIntervalSeconds=0",
            "C2C:PublicBaseUrl=ftp://x",
            "C2C:Identity:Thresholds:Upper=5"));

        Assert.All(refused.InnerExceptions, inner => Assert.IsType<OptionsValidationException>(inner));
        Assert.Equal(
            [
                "C2C:Alerts:SweepIntervalSeconds must be a number of seconds above 0.",
                "C2C:Identity:Thresholds:Lower must not be above C2C:Identity:Thresholds:Upper.",
                "C2C:PublicBaseUrl must be an absolute http or https URL, such as https://c2c.example.gov/.",
                "C2C:Security:KeyEncryptionKey must decode to exactly 32 bytes (AES-256).",
            ],
            Failures(refused));
        foreach (var failure in Failures(refused))
        {
            Assert.Contains($"({failure})", refused.Message, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(shortKey, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task On_postgresql_every_missing_secret_is_named_before_the_database_is_touched()
    {
        var refused = await Assert.ThrowsAsync<AggregateException>(() => ServiceUnderTest.StartAsync(
            UnreachableDatabase,
            "C2C:Identity:TokenKey=",
            "C2C:Security:KeyEncryptionKey=",
            "C2C:Admin:ClientSecret="));

        var failures = Failures(refused);
        Assert.Equal(3, failures.Count);
        Assert.Contains(failures, failure => failure.StartsWith("C2C:Identity:TokenKey (env C2C__Identity__TokenKey) must be set", StringComparison.Ordinal));
        Assert.Contains(failures, failure => failure.StartsWith("C2C:Security:KeyEncryptionKey (env C2C__Security__KeyEncryptionKey) must be set", StringComparison.Ordinal));
        Assert.Contains(failures, failure => failure.StartsWith("C2C:Admin:ClientSecret (env C2C__Admin__ClientSecret) must be set", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_half_configured_OpenID_Connect_provider_fails_the_start_naming_the_missing_keys()
    {
        var refused = await Assert.ThrowsAsync<OptionsValidationException>(() => ServiceUnderTest.StartAsync(
            null, "C2C:Web:OpenIdConnect:Authority=https://login.example.org/realm"));

        var failure = Assert.Single(refused.Failures);
        Assert.EndsWith("missing C2C:Web:OpenIdConnect:ClientId, C2C:Web:OpenIdConnect:ClientSecret.", failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Kubernetes_hosting_without_postgresql_fails_the_start_naming_the_key()
    {
        var refused = await Assert.ThrowsAsync<OptionsValidationException>(() => ServiceUnderTest.StartAsync(
            null, "C2C:Cluster:Kubernetes=true", "C2C:Cluster:AdvertisedAddress="));

        var failure = Assert.Single(refused.Failures);
        Assert.StartsWith("C2C:Cluster:Kubernetes needs ConnectionStrings:Postgres", failure, StringComparison.Ordinal);
    }

    private static List<string> Failures(AggregateException refused) =>
        [.. refused.InnerExceptions.OfType<OptionsValidationException>().SelectMany(inner => inner.Failures).Order(StringComparer.Ordinal)];
}
