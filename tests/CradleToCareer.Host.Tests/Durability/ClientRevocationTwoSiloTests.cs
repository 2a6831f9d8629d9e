using System.Net;
using CradleToCareer.Host.Tests.Infrastructure;
using CradleToCareer.Testing;

namespace CradleToCareer.Host.Tests.Durability;

/// <summary>
/// Two hosts on one database: a client disabled, or given a new secret, through one silo can no longer use its
/// tokens on the other within 5 seconds, although the other had just admitted them.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class ClientRevocationTwoSiloTests(PostgresFixture postgres)
{
    [Fact]
    public async Task On_two_silos_a_disable_or_a_rotation_on_one_ends_the_tokens_used_on_the_other_within_five_seconds()
    {
        var database = await postgres.CreateDatabaseAsync("revocation");
        var cluster = "C2C:Cluster:ClusterId=revocation";
        await using var first = await ServiceUnderTest.StartAsync(database, cluster);
        await using var second = await ServiceUnderTest.StartAsync(database, cluster);
        var admin = await first.Anonymous.AdminTokenAsync();
        var (orgId, disabledId, disabledSecret) = await ClientLifecycle.NewClientAsync(first, ["advisor"]);
        var (_, rotatedId, rotatedSecret) = await ClientLifecycle.NewClientAsync(first, ["advisor"], orgId);
        var disabledToken = await first.Anonymous.TokenAsync(disabledId, disabledSecret);
        var rotatedToken = await first.Anonymous.TokenAsync(rotatedId, rotatedSecret);
        Assert.Equal(HttpStatusCode.OK, (await ClientLifecycle.SendAsync(second, HttpMethod.Get, "/v1/me", disabledToken)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ClientLifecycle.SendAsync(second, HttpMethod.Get, "/v1/me", rotatedToken)).StatusCode);

        await ClientLifecycle.SendAsync(first, HttpMethod.Post, $"/v1/organizations/{orgId}/clients/{disabledId}/disable", admin);
        await first.Anonymous.PostWithTokenAsync($"/v1/organizations/{orgId}/clients/{rotatedId}/secret", new { }, admin);
        var disabledStopped = await ClientLifecycle.TimeUntilRefusedAsync(second, disabledToken);
        var rotatedStopped = await ClientLifecycle.TimeUntilRefusedAsync(second, rotatedToken);

        Assert.True(disabledStopped < ClientLifecycle.Promised, $"the disabled client's token still worked on the other silo after {disabledStopped}");
        Assert.True(rotatedStopped < ClientLifecycle.Promised, $"the rotated client's token still worked on the other silo after {rotatedStopped}");
        Assert.Equal(HttpStatusCode.Unauthorized, (await second.Anonymous.RequestTokenAsync(disabledId, disabledSecret)).StatusCode);
    }
}
