using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CradleToCareer.Host.Tests.Infrastructure;
using CradleToCareer.Testing;

namespace CradleToCareer.Host.Tests.Alerts;

/// <summary>
/// The limit of active subscriptions per organization (<c>C2C:Webhooks:MaxActiveSubscriptionsPerOrganization</c>):
/// one more is a 409 that names the limit, other organizations are not touched, and a stop makes room.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class SubscriptionLimitTests(PostgresFixture postgres)
{
    [Fact]
    public Task On_the_embedded_default_an_organization_at_its_limit_gets_a_409_until_it_stops_one() => RunAsync(null);

    [Fact]
    public async Task On_postgresql_an_organization_at_its_limit_gets_a_409_until_it_stops_one() =>
        await RunAsync(await postgres.CreateDatabaseAsync("subscription_limit"));

    [Fact]
    public async Task By_default_the_101st_active_subscription_of_an_organization_is_refused()
    {
        await using var service = await ServiceUnderTest.StartAsync();
        using var subscriber = await SubscriberAsync(service);
        var created = new List<HttpStatusCode>();
        for (var i = 0; i < 100; i++)
        {
            created.Add((await CreateAsync(subscriber)).StatusCode);
        }

        var refused = await CreateAsync(subscriber);

        Assert.All(created, status => Assert.Equal(HttpStatusCode.Created, status));
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("100 active subscriptions", (await refused.Content.ReadFromJsonAsync<JsonObject>())!["detail"]!.GetValue<string>());
    }

    private static async Task RunAsync(string? database)
    {
        await using var service = await ServiceUnderTest.StartAsync(database, "C2C:Webhooks:MaxActiveSubscriptionsPerOrganization=3");
        using var subscriber = await SubscriberAsync(service);
        using var other = await SubscriberAsync(service);
        var created = new List<HttpResponseMessage>();
        for (var i = 0; i < 3; i++)
        {
            created.Add(await CreateAsync(subscriber));
        }

        var over = await CreateAsync(subscriber);
        var problem = (await over.Content.ReadFromJsonAsync<JsonObject>())!;
        var elsewhere = await CreateAsync(other);
        var stopped = await subscriber.DeleteAsync(created[0].Headers.Location);
        var afterTheStop = await CreateAsync(subscriber);
        var overAgain = await CreateAsync(subscriber);

        Assert.All(created, response => Assert.Equal(HttpStatusCode.Created, response.StatusCode));
        Assert.Equal(HttpStatusCode.Conflict, over.StatusCode);
        Assert.Equal("application/problem+json", over.Content.Headers.ContentType!.MediaType);
        Assert.Equal((409, "Subscription limit reached"), (problem["status"]!.GetValue<int>(), problem["title"]!.GetValue<string>()));
        Assert.Contains("3 active subscriptions", problem["detail"]!.GetValue<string>());
        Assert.Null(over.Headers.Location);
        Assert.Equal(
            (HttpStatusCode.Created, HttpStatusCode.NoContent, HttpStatusCode.Created, HttpStatusCode.Conflict),
            (elsewhere.StatusCode, stopped.StatusCode, afterTheStop.StatusCode, overAgain.StatusCode));
    }

    private static Task<HttpResponseMessage> CreateAsync(HttpClient subscriber) =>
        subscriber.PostAsJsonAsync("/v1/subscriptions", new { url = "https://hooks.example.org/c2c", milestones = new[] { "*" } });

    private static async Task<HttpClient> SubscriberAsync(ServiceUnderTest service)
    {
        var (_, token) = await service.Anonymous.NewClientTokenAsync(["subscriber"]);
        return TestTenant.Authenticated(service.Http.BaseAddress!, token);
    }
}
