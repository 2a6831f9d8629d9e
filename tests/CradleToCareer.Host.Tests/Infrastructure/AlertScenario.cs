using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CradleToCareer.Domain.Alerts;

namespace CradleToCareer.Host.Tests.Infrastructure;

/// <summary>
/// A subscriber organization with a webhook subscription to a real receiver, and one student who consents to it:
/// the cast of most alert tests. <see cref="PersonId"/> exists once <see cref="EnrollAsync"/> has run.
/// </summary>
public sealed class AlertScenario
{
    private AlertScenario(
        HttpClient service, HttpClient subscriber, string organizationId, string clientId, string subscriptionId, byte[] key, string ssid)
    {
        Service = service;
        Subscriber = subscriber;
        OrganizationId = organizationId;
        ClientId = clientId;
        SubscriptionId = subscriptionId;
        Key = key;
        Ssid = ssid;
    }

    /// <summary>The test tenant: source and student portal.</summary>
    public HttpClient Service { get; }

    public HttpClient Subscriber { get; }

    public string OrganizationId { get; }

    /// <summary>The subscriber's client: the one that created the subscription.</summary>
    public string ClientId { get; }

    public string SubscriptionId { get; }

    /// <summary>The subscription's secret key (the bytes of <c>whsec_...</c>).</summary>
    public byte[] Key { get; }

    public string Ssid { get; }

    public string PersonId { get; private set; } = "";

    public static async Task<AlertScenario> StartAsync(
        HttpClient anonymous, HttpClient service, Uri receiverUrl, string role = "subscriber", string? organizationId = null)
    {
        var (orgId, token) = await anonymous.NewClientTokenAsync([role], organizationId);
        var subscriber = TestTenant.Authenticated(anonymous.BaseAddress!, token);
        var created = await subscriber.PostAsJsonAsync("/v1/subscriptions", new { url = receiverUrl.AbsoluteUri, milestones = new[] { "*" } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = (await created.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.True(WebhookSecret.TryParse(body["secret"]!.GetValue<string>(), out var key));
        var clientId = (await subscriber.GetJsonAsync("/v1/me"))["clientId"]!.GetValue<string>();
        return new AlertScenario(service, subscriber, orgId, clientId, body["subscriptionId"]!.GetValue<string>(), key, TestEvents.NewSsid());
    }

    /// <summary>Enrolls the student (no milestone) and grants the subscriber's organization the given scopes.</summary>
    public async Task EnrollAsync(params string[] scopes)
    {
        PersonId = (await Service.PostSingleAsync(TestEvents.Enrollment("alert-enroll-" + Ssid, Ssid))).PersonId();
        if (scopes.Length > 0)
        {
            await Service.GrantConsentAsync(PersonId, OrganizationId, "College outreach", scopes);
        }
    }

    /// <summary>Ingests a FAFSA submission: the milestone <c>finaid.application-submitted</c>. Returns the event id.</summary>
    public async Task<string> SubmitFafsaAsync(string suffix = "")
    {
        var id = "alert-fafsa-" + Ssid + suffix;
        Assert.Equal("accepted", (await Service.PostSingleAsync(TestEvents.Fafsa(id, Ssid, "521-44-" + Ssid[..4]))).Status());
        return id;
    }

    /// <summary>The subscription's deliveries, read through <paramref name="subscriber"/> (default: <see cref="Subscriber"/>).</summary>
    public async Task<JsonArray> DeliveriesAsync(HttpClient? subscriber = null) =>
        (await (subscriber ?? Subscriber).GetFromJsonAsync<JsonObject>($"/v1/subscriptions/{SubscriptionId}/deliveries"))!["deliveries"]!.AsArray();

    /// <summary>
    /// Polls the deliveries until the alert's delivery (any alert's when null) has the status: the receiver sees an
    /// attempt before the sender records its answer.
    /// </summary>
    public async Task<JsonNode> WaitForDeliveryAsync(string? alertId, string status, HttpClient? subscriber = null, TimeSpan? timeout = null)
    {
        var deadline = DateTimeOffset.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (true)
        {
            var deliveries = await DeliveriesAsync(subscriber);
            if (deliveries.FirstOrDefault(d => (alertId is null || d!["alertId"]!.GetValue<string>() == alertId) && d!["status"]!.GetValue<string>() == status) is { } found)
            {
                return found;
            }

            Assert.True(DateTimeOffset.UtcNow < deadline, $"No delivery reached {status}: {deliveries.ToJsonString()}");
            await Task.Delay(100);
        }
    }

    /// <summary>The webhook for this student's milestone, waiting for it to arrive.</summary>
    public Task<ReceivedWebhook> WaitForAsync(WebhookReceiver receiver, string milestoneId, string type = AlertTypes.MilestoneReached) =>
        receiver.WaitForAsync(w => w.PersonId == PersonId && w.MilestoneId == milestoneId && w.Type == type);
}
