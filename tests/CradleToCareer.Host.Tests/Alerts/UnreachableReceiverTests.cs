using System.Net;
using System.Text.Json.Nodes;
using CradleToCareer.Host.Alerts;
using CradleToCareer.Host.Tests.Infrastructure;
using CradleToCareer.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CradleToCareer.Host.Tests.Alerts;

/// <summary>
/// Receivers that cannot be reached: a name that does not resolve, a public-looking name that resolves into a
/// refused block (192.0.2.0/24), and a loopback port nobody listens on. No attempt connects, so neither is a disclosure; the delivery waits for its
/// retry; and each attempt logs one plain line, no stack trace, no URL.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class UnreachableReceiverTests(PostgresFixture postgres)
{
    private const string Unresolvable = "hooks.unresolvable.example";
    private const string Documentation = "hooks.documentation.example";
    private const string UrlSecret = "query-token-that-stays-out-of-the-log";

    [Fact]
    public Task On_the_embedded_default_an_attempt_that_never_connected_is_retried_not_disclosed_and_logged_in_one_line() =>
        RunAsync(null);

    [Fact]
    public async Task On_postgresql_an_attempt_that_never_connected_is_retried_not_disclosed_and_logged_in_one_line() =>
        await RunAsync(await postgres.CreateDatabaseAsync("unreachable"));

    private static async Task RunAsync(string? database)
    {
        var logs = new CapturedLogs();
        var resolver = new FakeHostResolver(new Dictionary<string, IPAddress[]> { [Documentation] = [IPAddress.Parse("192.0.2.2")] });
        await using var service = await ServiceUnderTest.StartAsync(
            database,
            services =>
            {
                services.AddSingleton<IWebhookHostResolver>(resolver);
                services.AddSingleton<ILoggerProvider>(logs);
            },
            "C2C:Webhooks:AllowLoopback=true",
            "Logging:LogLevel:CradleToCareer=Information",
            "Logging:LogLevel:System.Net.Http=Information");
        var unresolvable = await AlertScenario.StartAsync(service.Anonymous, service.Http, new Uri($"https://{Unresolvable}/c2c?token={UrlSecret}"));
        var refused = await AlertScenario.StartAsync(service.Anonymous, service.Http, new Uri($"https://{Documentation}/c2c"));
        var closed = await AlertScenario.StartAsync(service.Anonymous, service.Http, new Uri($"http://127.0.0.1:{FreePorts.Next()}/c2c"));
        await unresolvable.EnrollAsync("alerts");
        await service.Http.GrantConsentAsync(unresolvable.PersonId, refused.OrganizationId, "Outreach", "alerts");
        await service.Http.GrantConsentAsync(unresolvable.PersonId, closed.OrganizationId, "Outreach", "alerts");

        await unresolvable.SubmitFafsaAsync();
        var notResolved = await AttemptedAsync(unresolvable);
        var notAllowed = await AttemptedAsync(refused);
        var notListening = await AttemptedAsync(closed);
        var disclosures = (await service.Http.GetJsonAsync($"/v1/students/{unresolvable.PersonId}/disclosures"))["entries"]!.AsArray();
        var entries = logs.Entries;

        Assert.All([notResolved, notAllowed, notListening], delivery =>
        {
            Assert.Equal("pending", delivery["status"]!.GetValue<string>());
            Assert.Null(delivery["lastResponseCode"]);
            Assert.NotNull(delivery["nextAttemptAt"]);
        });
        Assert.DoesNotContain(disclosures, entry => entry!["scope"]!.GetValue<string>() == "alerts");
        var line = Assert.Single(entries, e => e.Message.Contains(unresolvable.SubscriptionId) && e.Message.Contains("attempt 1"));
        Assert.Contains("NameNotResolved", line.Message);
        Assert.Null(line.Exception);
        Assert.Contains(entries, e => e.Message.Contains(refused.SubscriptionId) && e.Message.Contains("AddressRefused"));
        Assert.Contains(entries, e => e.Message.Contains(closed.SubscriptionId) && e.Message.Contains("ConnectionRefused"));
        Assert.DoesNotContain(entries, e => e.Category.StartsWith("System.Net.Http", StringComparison.Ordinal));
        Assert.DoesNotContain(entries, e => e.Exception is not null && e.Category.Contains("Alert", StringComparison.Ordinal));
        Assert.DoesNotContain(entries, e => e.Message.Contains(UrlSecret) || e.Message.Contains(Unresolvable));
    }

    /// <summary>The scenario's one delivery, once its first attempt is recorded.</summary>
    private static async Task<JsonNode> AttemptedAsync(AlertScenario scenario)
    {
        var deadline = DateTimeOffset.UtcNow + TimeSpan.FromSeconds(20);
        while (true)
        {
            var deliveries = await scenario.DeliveriesAsync();
            if (deliveries.FirstOrDefault(d => d!["attempts"]!.GetValue<int>() >= 1) is { } attempted)
            {
                return attempted;
            }

            Assert.True(DateTimeOffset.UtcNow < deadline, $"No attempt was made: {deliveries.ToJsonString()}");
            await Task.Delay(100);
        }
    }
}
