using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CradleToCareer.Host.Tests.Infrastructure;

namespace CradleToCareer.Host.Tests.Alerts;

/// <summary>Webhook subscriptions over HTTP: creation, validation, ownership, stopping.</summary>
public sealed class SubscriptionHttpTests(EmbeddedServiceFixture service) : IClassFixture<EmbeddedServiceFixture>
{
    private const string HookUrl = "https://hooks.example.org/c2c/alerts";

    [Fact]
    public async Task A_subscription_is_created_with_a_generated_secret_shown_once_and_reads_back_without_it()
    {
        var subscriber = await SubscriberAsync();

        var created = await subscriber.PostAsJsonAsync("/v1/subscriptions", new { url = HookUrl, milestones = new[] { "k12.ag-complete", "risk.low-gpa" } });
        var body = (await created.Content.ReadFromJsonAsync<JsonObject>())!;
        var read = await subscriber.GetStringAsync(created.Headers.Location);
        var deliveries = await subscriber.GetFromJsonAsync<JsonObject>($"{created.Headers.Location}/deliveries");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = body["subscriptionId"]!.GetValue<string>();
        Assert.Matches("^s_[0-9a-f]{32}$", id);
        Assert.Equal($"/v1/subscriptions/{id}", created.Headers.Location!.OriginalString);
        var secret = body["secret"]!.GetValue<string>();
        Assert.StartsWith("whsec_", secret);
        Assert.Equal(32, Convert.FromBase64String(secret["whsec_".Length..]).Length);
        Assert.Equal("active", body["status"]!.GetValue<string>());
        Assert.Contains(HookUrl, read);
        Assert.DoesNotContain(secret["whsec_".Length..], read);
        Assert.Equal((id, "active", 0), (deliveries!["subscriptionId"]!.GetValue<string>(), deliveries["status"]!.GetValue<string>(), deliveries["deliveries"]!.AsArray().Count));
    }

    [Fact]
    public async Task A_secret_given_by_the_subscriber_is_the_one_kept()
    {
        var subscriber = await SubscriberAsync();
        var secret = "whsec_" + Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());

        var created = await subscriber.PostAsJsonAsync("/v1/subscriptions", new { url = HookUrl, milestones = new[] { "*" }, secret });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(secret, (await created.Content.ReadFromJsonAsync<JsonObject>())!["secret"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("http://hooks.example.org/c2c", "[\"*\"]", null, "/url")]
    [InlineData("https://127.0.0.1:8443/hook", "[\"*\"]", null, "/url")]
    [InlineData("https://10.1.2.3/hook", "[\"*\"]", null, "/url")]
    [InlineData("https://169.254.169.254/latest", "[\"*\"]", null, "/url")]
    [InlineData("https://localhost/hook", "[\"*\"]", null, "/url")]
    [InlineData("https://hooks.example.org/c2c", "[]", null, "/milestones")]
    [InlineData("https://hooks.example.org/c2c", "[\"k12.no-such-milestone\"]", null, "/milestones/0")]
    [InlineData("https://hooks.example.org/c2c", "[\"*\"]", "\"not-a-secret\"", "/secret")]
    public async Task A_bad_subscription_names_the_field_and_nothing_is_created(string url, string milestones, string? secret, string path)
    {
        var subscriber = await SubscriberAsync();
        var body = $"{{ \"url\": \"{url}\", \"milestones\": {milestones}{(secret is null ? "" : ", \"secret\": " + secret)} }}";

        var response = await subscriber.PostAsync("/v1/subscriptions", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.True(problem["errors"]!.AsObject().ContainsKey(path), problem.ToJsonString());
        Assert.Null(response.Headers.Location);
    }

    [Theory]
    [InlineData("https://192.0.0.9/hook")]
    [InlineData("https://192.0.2.2/hook")]
    [InlineData("https://192.31.196.1/hook")]
    [InlineData("https://192.52.193.1/hook")]
    [InlineData("https://192.88.99.1/hook")]
    [InlineData("https://192.175.48.1/hook")]
    [InlineData("https://198.18.0.1/hook")]
    [InlineData("https://198.19.255.254/hook")]
    [InlineData("https://198.51.100.7/hook")]
    [InlineData("https://203.0.113.7/hook")]
    [InlineData("https://240.0.0.1/hook")]
    [InlineData("https://[64:ff9b::c000:202]/hook")]
    [InlineData("https://[64:ff9b::a9fe:a9fe]/hook")]
    [InlineData("https://[64:ff9b:1::1]/hook")]
    [InlineData("https://[100::1]/hook")]
    [InlineData("https://[2001::1]/hook")]
    [InlineData("https://[2001:2::1]/hook")]
    [InlineData("https://[2001:10::1]/hook")]
    [InlineData("https://[2001:20::1]/hook")]
    [InlineData("https://[2001:db8::1]/hook")]
    [InlineData("https://[2002:c000:202::1]/hook")]
    [InlineData("https://[2620:4f:8000::1]/hook")]
    [InlineData("https://[3fff::1]/hook")]
    [InlineData("https://[::ffff:c000:202]/hook")]
    public async Task A_literal_address_in_a_special_purpose_block_is_refused_at_registration(string url)
    {
        var subscriber = await SubscriberAsync();

        var response = await subscriber.PostAsJsonAsync("/v1/subscriptions", new { url, milestones = new[] { "*" } });
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("A webhook URL cannot point at a", problem["errors"]!["/url"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task Another_organization_cannot_see_or_stop_a_subscription()
    {
        var owner = await SubscriberAsync();
        var other = await SubscriberAsync();
        var location = (await owner.PostAsJsonAsync("/v1/subscriptions", new { url = HookUrl, milestones = new[] { "*" } })).Headers.Location!;

        var read = await other.GetAsync(location);
        var deliveries = await other.GetAsync($"{location}/deliveries");
        var stop = await other.DeleteAsync(location);
        var unknown = await other.GetAsync($"/v1/subscriptions/s_{new string('0', 32)}");
        var stillActive = await owner.GetFromJsonAsync<JsonObject>(location);

        Assert.All([read, deliveries, stop], r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));
        Assert.Equal(await unknown.BodyWithoutTraceAsync(), await read.BodyWithoutTraceAsync());
        Assert.Equal("active", stillActive!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Stopping_keeps_the_record_readable_and_stopping_again_changes_nothing()
    {
        var subscriber = await SubscriberAsync();
        var location = (await subscriber.PostAsJsonAsync("/v1/subscriptions", new { url = HookUrl, milestones = new[] { "*" } })).Headers.Location!;

        var first = await subscriber.DeleteAsync(location);
        var stopped = (await subscriber.GetFromJsonAsync<JsonObject>(location))!;
        var second = await subscriber.DeleteAsync(location);
        var again = (await subscriber.GetFromJsonAsync<JsonObject>(location))!;

        Assert.Equal((HttpStatusCode.NoContent, HttpStatusCode.NoContent), (first.StatusCode, second.StatusCode));
        Assert.Equal("stopped", stopped["status"]!.GetValue<string>());
        Assert.Equal(stopped["stoppedAt"]!.GetValue<DateTimeOffset>(), again["stoppedAt"]!.GetValue<DateTimeOffset>());
    }

    [Fact]
    public async Task With_loopback_allowed_a_local_receiver_over_plain_http_is_accepted_but_a_private_address_is_not()
    {
        await using var local = await ServiceUnderTest.StartAsync(null, "C2C:Webhooks:AllowLoopback=true");
        var (_, token) = await local.Anonymous.NewClientTokenAsync(["subscriber"]);
        var subscriber = TestTenant.Authenticated(local.Http.BaseAddress!, token);

        var loopback = await subscriber.PostAsJsonAsync("/v1/subscriptions", new { url = "http://127.0.0.1:9/hook", milestones = new[] { "*" } });
        var privateAddress = await subscriber.PostAsJsonAsync("/v1/subscriptions", new { url = "http://192.168.1.20/hook", milestones = new[] { "*" } });

        Assert.Equal(HttpStatusCode.Created, loopback.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, privateAddress.StatusCode);
    }

    private async Task<HttpClient> SubscriberAsync()
    {
        var (_, token) = await service.Anonymous.NewClientTokenAsync(["subscriber"]);
        return TestTenant.Authenticated(service.Http.BaseAddress!, token);
    }
}
