using System.Net;
using System.Text.Json.Nodes;
using CradleToCareer.Host.Tests.Infrastructure;
using CradleToCareer.Testing;

namespace CradleToCareer.Host.Tests.Access;

/// <summary>
/// <c>POST /oauth/token</c> under attack, over real HTTP: wrong secrets lock a client id out (on both backends,
/// which check secrets each their own way), the lockout spares other clients and the addresses a client works
/// from, ends when it should, and one address or a flood of secret checks cannot go on without limit.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class TokenEndpointLimitTests(PostgresFixture postgres)
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Four_hundred_wrong_secrets_get_five_401s_then_429s_and_another_client_still_gets_tokens(bool onPostgres)
    {
        await using var service = await StartAsync(onPostgres, "lockout", ["C2C:RateLimits:Token:LockoutSeconds=600"]);
        var (target, secret) = await service.Anonymous.NewTenantClientAsync("source");
        var (other, otherSecret) = await service.Anonymous.NewTenantClientAsync("source");

        var answers = new List<HttpResponseMessage>();
        for (var attempt = 0; attempt < 400; attempt++)
        {
            answers.Add(await service.Anonymous.RequestTokenAsync(target, "wrong-" + attempt));
        }

        var rightSecretWhileLocked = await service.Anonymous.RequestTokenAsync(target, secret);
        var otherClient = await service.Anonymous.RequestTokenAsync(other, otherSecret);

        Assert.Equal(5, answers.Count(answer => answer.StatusCode == HttpStatusCode.Unauthorized));
        Assert.All(answers.Skip(5), answer => Assert.Equal(HttpStatusCode.TooManyRequests, answer.StatusCode));
        var last = answers[^1];
        Assert.InRange(last.Headers.RetryAfter?.Delta ?? TimeSpan.Zero, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(600));
        Assert.Equal("application/problem+json", last.Content.Headers.ContentType?.MediaType);
        Assert.Equal("slow_down", (await BodyAsync(last))["error"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.TooManyRequests, rightSecretWhileLocked.StatusCode);
        Assert.Equal(HttpStatusCode.OK, otherClient.StatusCode);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Once_the_lockout_has_passed_the_right_secret_gets_a_token_again(bool onPostgres)
    {
        await using var service = await StartAsync(onPostgres, "lockout_ends", ["C2C:RateLimits:Token:LockoutSeconds=2"]);
        var (client, secret) = await service.Anonymous.NewTenantClientAsync("source");
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await service.Anonymous.RequestTokenAsync(client, "wrong-" + attempt);
        }

        var locked = await service.Anonymous.RequestTokenAsync(client, "wrong-again");
        var after = HttpStatusCode.TooManyRequests;
        for (var poll = 0; poll < 60 && after == HttpStatusCode.TooManyRequests; poll++)
        {
            await Task.Delay(250);
            after = (await service.Anonymous.RequestTokenAsync(client, secret)).StatusCode;
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, locked.StatusCode);
        Assert.Equal(HttpStatusCode.OK, after);
    }

    [Fact]
    public async Task Guessing_from_many_addresses_locks_the_client_out_except_at_the_address_it_got_tokens_from()
    {
        await using var service = await ServiceUnderTest.StartAsync(null,
        [
            "C2C:RateLimits:Token:FailuresPerAddress=3", "C2C:RateLimits:Token:FailuresPerClient=6",
            "C2C:RateLimits:Token:LockoutSeconds=600",
        ]);
        var (client, secret) = await service.Anonymous.NewTenantClientAsync("source");
        var home = await service.Anonymous.RequestTokenAsync(client, secret);

        var guesses = new List<HttpStatusCode>();
        foreach (var address in new[] { "127.0.0.2", "127.0.0.3" })
        {
            using var guesser = LoopbackSource.From(service.Anonymous.BaseAddress!, address);
            for (var attempt = 0; attempt < 4; attempt++)
            {
                guesses.Add((await guesser.RequestTokenAsync(client, "wrong-" + attempt)).StatusCode);
            }
        }

        using var newcomer = LoopbackSource.From(service.Anonymous.BaseAddress!, "127.0.0.4");
        var elsewhere = await newcomer.RequestTokenAsync(client, secret);
        var atHome = await service.Anonymous.RequestTokenAsync(client, secret);

        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Equal(
            [
                HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests,
                HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests,
            ],
            guesses);
        Assert.Equal(HttpStatusCode.TooManyRequests, elsewhere.StatusCode);
        Assert.Equal(HttpStatusCode.OK, atHome.StatusCode);
    }

    [Fact]
    public async Task One_address_over_its_token_request_limit_gets_429_slow_down_and_another_address_does_not()
    {
        await using var service = await ServiceUnderTest.StartAsync(null,
            "C2C:RateLimits:Token:RequestsPerSecondPerAddress=1", "C2C:RateLimits:Token:BurstPerAddress=3");

        var answers = new List<HttpResponseMessage>();
        for (var attempt = 0; attempt < 10; attempt++)
        {
            answers.Add(await service.Anonymous.RequestTokenAsync(ServiceUnderTest.AdminClientId, ServiceUnderTest.AdminSecret));
        }

        using var elsewhere = LoopbackSource.From(service.Anonymous.BaseAddress!, "127.0.0.5");
        var other = await elsewhere.RequestTokenAsync(ServiceUnderTest.AdminClientId, ServiceUnderTest.AdminSecret);

        var limited = answers.First(answer => answer.StatusCode == HttpStatusCode.TooManyRequests);
        Assert.True(limited.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));
        Assert.Equal("slow_down", (await BodyAsync(limited))["error"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task Secret_checks_beyond_the_permits_are_refused_with_503_and_retry_after()
    {
        await using var service = await ServiceUnderTest.StartAsync(null,
        [
            "C2C:RateLimits:Token:ConcurrentSecretChecks=1", "C2C:RateLimits:Token:QueuedSecretChecks=0",
        ]);

        var answers = await Task.WhenAll(Enumerable.Range(0, 40).Select(attempt =>
            service.Anonymous.RequestTokenAsync("c_unknown_" + attempt, "wrong")));

        var busy = answers.First(answer => answer.StatusCode == HttpStatusCode.ServiceUnavailable);
        Assert.All(answers, answer => Assert.Contains(answer.StatusCode, new[] { HttpStatusCode.Unauthorized, HttpStatusCode.ServiceUnavailable }));
        Assert.True(busy.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));
        Assert.Equal("temporarily_unavailable", (await BodyAsync(busy))["error"]!.GetValue<string>());
    }

    private async Task<ServiceUnderTest> StartAsync(bool onPostgres, string database, string[] settings) =>
        await ServiceUnderTest.StartAsync(onPostgres ? await postgres.CreateDatabaseAsync(database) : null, settings);

    private static async Task<JsonNode> BodyAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
}
