using System.Net;
using CradleToCareer.Host.Tests.Infrastructure;

namespace CradleToCareer.Host.Tests.Outcomes;

/// <summary>The anonymous outcome routes are rate limited per address, with a problem that says when to come back.</summary>
public sealed class PublicOutcomesRateLimitTests
{
    [Fact]
    public async Task An_address_past_its_burst_gets_429_with_retry_after_while_the_staff_route_is_not_held_back()
    {
        await using var service = await ServiceUnderTest.StartAsync(
            null, _ => { }, "C2C:RateLimits:Public:RequestsPerSecondPerAddress=1", "C2C:RateLimits:Public:BurstPerAddress=3");

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? limited = null;
        for (var i = 0; i < 8; i++)
        {
            var response = await service.Anonymous.GetAsync("/v1/public/outcomes?cohort=graduates:2020-2021");
            statuses.Add(response.StatusCode);
            limited ??= response.StatusCode == HttpStatusCode.TooManyRequests ? response : null;
        }

        Assert.Equal(3, statuses.Take(3).Count(status => status == HttpStatusCode.OK));
        Assert.NotNull(limited);
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(limited.Headers.RetryAfter);
        var staff = await service.Http.GetAsync($"/v1/institutions/{TestEvents.HighSchool}/outcomes");
        Assert.NotEqual(HttpStatusCode.TooManyRequests, staff.StatusCode);
    }
}
