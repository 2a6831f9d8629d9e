using System.Net;
using CradleToCareer.Host.Hosting.Settings;
using CradleToCareer.Host.Tests.Infrastructure;

namespace CradleToCareer.Host.Tests.Hosting;

/// <summary>
/// Behind a trusted proxy each forwarded caller has its own per-address budget; from anyone else the header is not
/// believed, so a caller cannot buy a fresh budget by naming another address.
/// </summary>
public sealed class ForwardedAddressTests
{
    private const string PublicRoute = "/v1/public/outcomes?cohort=graduates:2020-2021";

    [Fact]
    public async Task Callers_forwarded_by_a_trusted_proxy_are_limited_each_on_their_own()
    {
        await using var service = await StartAsync("127.0.0.1");

        var first = await SendAsFourAsync(service, "203.0.113.7");
        var second = await SendAsFourAsync(service, "203.0.113.8");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK], first.Take(2));
        Assert.Contains(HttpStatusCode.TooManyRequests, first);
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK], second.Take(2));
    }

    [Fact]
    public async Task A_forwarded_address_from_a_peer_that_is_not_a_trusted_proxy_is_not_believed()
    {
        await using var service = await StartAsync("10.0.0.0/8, 192.0.2.10");

        var first = await SendAsFourAsync(service, "203.0.113.7");
        var second = await SendAsFourAsync(service, "203.0.113.8");

        // One budget for both: the second caller finds it spent (a token may come back meanwhile, not two).
        Assert.Contains(HttpStatusCode.TooManyRequests, first);
        Assert.True(second.Count(status => status == HttpStatusCode.OK) < 2, string.Join(", ", second));
    }

    [Theory]
    [InlineData("10.0.0.0/8,not-an-address", "'not-an-address'")]
    [InlineData("10.0.0.0/40", "'10.0.0.0/40'")]
    public void A_trusted_proxy_that_is_no_address_or_network_is_named(string value, string named)
    {
        var options = BoundOptions.From<ProxyOptions>(ProxyOptions.Section, ("C2C:Network:TrustedProxies", value));

        var problem = Assert.Single(new ProxyOptionsValidator().Validate(null, options).Failures!);

        Assert.Contains(named, problem, StringComparison.Ordinal);
    }

    private static Task<ServiceUnderTest> StartAsync(string trustedProxies) => ServiceUnderTest.StartAsync(
        null,
        _ => { },
        $"C2C:Network:TrustedProxies={trustedProxies}",
        "C2C:RateLimits:Public:RequestsPerSecondPerAddress=1",
        "C2C:RateLimits:Public:BurstPerAddress=2");

    /// <summary>
    /// Four requests in a row, each naming <paramref name="address"/> as the caller. The budget is two at once and one
    /// more a second, so a caller with a budget of its own gets its first two answered, and one sharing a spent budget
    /// cannot.
    /// </summary>
    private static async Task<List<HttpStatusCode>> SendAsFourAsync(ServiceUnderTest service, string address)
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, PublicRoute);
            request.Headers.Add("X-Forwarded-For", address);
            statuses.Add((await service.Anonymous.SendAsync(request)).StatusCode);
        }

        return statuses;
    }
}
