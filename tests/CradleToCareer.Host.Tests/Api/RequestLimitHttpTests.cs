using System.Net;
using System.Text.Json.Nodes;
using CradleToCareer.Host.Tests.Infrastructure;

namespace CradleToCareer.Host.Tests.Api;

/// <summary>
/// An over-long address is <c>414</c> and too many or too large headers are <c>431</c>, as problem+json, up to
/// Kestrel's own limits (twice ours); past those Kestrel answers the same status with an empty body.
/// </summary>
public sealed class RequestLimitHttpTests(EmbeddedServiceFixture service) : IClassFixture<EmbeddedServiceFixture>
{
    [Fact]
    public async Task An_address_past_the_limit_is_414_problem_json()
    {
        var response = await service.Anonymous.GetAsync("/health/live?padding=" + new string('a', 10_000));

        await AssertProblemAsync(response, HttpStatusCode.RequestUriTooLong, "8,192");
    }

    [Fact]
    public async Task Headers_past_the_total_size_are_431_problem_json()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/health/live");
        for (var i = 0; i < 40; i++)
        {
            request.Headers.Add("X-Padding-" + i, new string('h', 1_000));
        }

        await AssertProblemAsync(await service.Anonymous.SendAsync(request), HttpStatusCode.RequestHeaderFieldsTooLarge, "32,768");
    }

    [Fact]
    public async Task More_header_fields_than_the_limit_are_431_problem_json()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/health/live");
        for (var i = 0; i < 150; i++)
        {
            request.Headers.Add("X-Field-" + i, "x");
        }

        await AssertProblemAsync(await service.Anonymous.SendAsync(request), HttpStatusCode.RequestHeaderFieldsTooLarge, "100");
    }

    [Fact]
    public async Task Requests_within_the_limits_pass_and_past_kestrels_own_limit_the_same_status_comes_without_a_body()
    {
        var within = await service.Anonymous.GetAsync("/health/live?padding=" + new string('a', 8_000));
        var pastKestrel = await service.Anonymous.GetAsync("/health/live?padding=" + new string('a', 20_000));

        Assert.Equal(HttpStatusCode.OK, within.StatusCode);
        Assert.Equal(HttpStatusCode.RequestUriTooLong, pastKestrel.StatusCode);
        Assert.Empty(await pastKestrel.Content.ReadAsByteArrayAsync());
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string limit)
    {
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal((int)status, body["status"]!.GetValue<int>());
        Assert.Contains(limit, body["detail"]!.GetValue<string>());
    }
}
