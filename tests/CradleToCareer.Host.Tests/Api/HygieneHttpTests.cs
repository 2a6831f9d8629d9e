using System.Net;
using CradleToCareer.Host.Tests.Infrastructure;

namespace CradleToCareer.Host.Tests.Api;

/// <summary>Rate limits per client and the security headers on every answer.</summary>
public sealed class HygieneHttpTests
{
    [Fact]
    public async Task A_client_over_its_rate_limit_gets_429_with_retry_after_and_other_clients_do_not()
    {
        await using var service = await ServiceUnderTest.StartAsync(null, "C2C:RateLimits:RequestsPerSecond=1", "C2C:RateLimits:Burst=5");

        var anonymous = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => service.Anonymous.GetAsync("/health/live")));
        var limited = anonymous.First(response => response.StatusCode == HttpStatusCode.TooManyRequests);
        var otherClient = await service.Http.GetAsync("/health/live");

        Assert.True(limited.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);
        Assert.Contains(anonymous, response => response.StatusCode == HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.OK, otherClient.StatusCode);
    }

    [Fact]
    public async Task Answers_carry_security_headers_and_api_answers_are_not_cached()
    {
        await using var service = await ServiceUnderTest.StartAsync();

        var api = await service.Http.GetAsync("/health/live");
        var swagger = await service.Http.GetAsync("/swagger/index.html");

        Assert.Equal("nosniff", api.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", api.Headers.GetValues("X-Frame-Options").Single());
        Assert.Contains("default-src 'none'", api.Headers.GetValues("Content-Security-Policy").Single());
        Assert.True(api.Headers.CacheControl?.NoStore);
        Assert.Equal("nosniff", swagger.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.False(swagger.Headers.Contains("Content-Security-Policy"));
    }
}
