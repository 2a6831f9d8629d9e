using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CradleToCareer.Domain.Alerts;
using CradleToCareer.Host.Tests.Infrastructure;

namespace CradleToCareer.Host.Tests.Alerts;

/// <summary>Milestone and risk alerts delivered to a real receiver on a loopback port, as api.md describes them.</summary>
public sealed class WebhookDeliveryTests(LoopbackWebhooksFixture fixture) : IClassFixture<LoopbackWebhooksFixture>
{
    private const string Submitted = "finaid.application-submitted";

    private WebhookReceiver Receiver => fixture.Receiver;

    [Fact]
    public async Task A_milestone_arrives_as_a_signed_cloudevent_that_the_standard_webhooks_check_accepts()
    {
        var scenario = await fixture.ScenarioAsync();
        await scenario.EnrollAsync("alerts");

        await scenario.SubmitFafsaAsync();
        var webhook = await scenario.WaitForAsync(Receiver, Submitted);

        var verification = WebhookSignature.Verify(
            scenario.Key, webhook.Id, webhook.Timestamp, webhook.Signature, webhook.Body, DateTimeOffset.UtcNow, WebhookSignature.DefaultTolerance);
        Assert.Equal(WebhookVerification.Valid, verification);
        var json = webhook.Json;
        Assert.Equal(webhook.Id, json["id"]!.GetValue<string>());
        Assert.Matches("^a_[0-9a-f]{32}$", webhook.Id);
        Assert.Equal(("1.0", AlertTypes.MilestoneReached, "application/json"), (json["specversion"]!.GetValue<string>(), webhook.Type, webhook.ContentType));
        var data = json["data"]!.AsObject();
        Assert.Equal(["personId", "milestoneId", "kind", "date", "progress"], data.Select(field => field.Key));
        Assert.Equal("2025-01-15", data["date"]!.GetValue<string>());
        Assert.EndsWith($"/v1/students/{scenario.PersonId}/progress", data["progress"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_delivery_is_listed_as_delivered_and_recorded_in_the_students_disclosure_record()
    {
        var scenario = await fixture.ScenarioAsync();
        await scenario.EnrollAsync();
        var consentId = await fixture.Service.Http.GrantConsentAsync(scenario.PersonId, scenario.OrganizationId, "College outreach", "alerts");

        await scenario.SubmitFafsaAsync();
        var webhook = await scenario.WaitForAsync(Receiver, Submitted);
        var delivery = await scenario.WaitForDeliveryAsync(webhook.Id, "delivered");
        var disclosures = (await fixture.Service.Http.GetJsonAsync($"/v1/students/{scenario.PersonId}/disclosures"))["entries"]!.AsArray();

        Assert.Equal((1, 204), (delivery["attempts"]!.GetValue<int>(), delivery["lastResponseCode"]!.GetValue<int>()));
        var disclosed = Assert.Single(disclosures, d => d!["scope"]!.GetValue<string>() == "alerts");
        Assert.Equal(
            (scenario.OrganizationId, consentId, "College outreach", scenario.ClientId),
            (disclosed!["organizationId"]!.GetValue<string>(), disclosed["consentId"]!.GetValue<string>(),
                disclosed["purpose"]!.GetValue<string>(), disclosed["clientId"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_retraction_follows_with_a_retracted_alert_under_its_own_id()
    {
        var scenario = await fixture.ScenarioAsync();
        await scenario.EnrollAsync("alerts");
        var fafsa = await scenario.SubmitFafsaAsync();
        var reached = await scenario.WaitForAsync(Receiver, Submitted);

        var retraction = TestEvents.Envelope("alert-retract-" + scenario.Ssid, "c2c.correction.retracted", new JsonObject
        {
            ["student"] = TestEvents.Student(scenario.Ssid),
            ["retracts"] = new JsonObject { ["source"] = TestEvents.AidSource, ["id"] = fafsa },
            ["reason"] = "entered in error",
        }, source: TestEvents.AidSource);
        Assert.Equal("accepted", (await fixture.Service.Http.PostSingleAsync(retraction)).Status());
        var retracted = await scenario.WaitForAsync(Receiver, Submitted, AlertTypes.MilestoneRetracted);

        Assert.NotEqual(reached.Id, retracted.Id);
        Assert.Equal("2025-01-15", retracted.Json["data"]!["date"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_risk_flag_that_appears_is_alerted()
    {
        var scenario = await fixture.ScenarioAsync();
        await scenario.EnrollAsync("alerts");

        await fixture.Service.Http.PostSingleAsync(TestEvents.Course("alert-f-" + scenario.Ssid, scenario.Ssid, mark: "F"));
        var webhook = await scenario.WaitForAsync(Receiver, "risk.ag-off-track", AlertTypes.RiskRaised);

        Assert.Equal("risk-flag", webhook.Json["data"]!["kind"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_failed_delivery_is_tried_again_under_the_same_webhook_id()
    {
        var scenario = await fixture.ScenarioAsync();
        await scenario.EnrollAsync("alerts");
        var failures = 0;
        Receiver.Answer = w => w.PersonId == scenario.PersonId && Interlocked.Increment(ref failures) == 1 ? 503 : 204;

        await scenario.SubmitFafsaAsync();
        var first = await scenario.WaitForAsync(Receiver, Submitted);
        var second = await Receiver.WaitForAsync(w => w.Id == first.Id && w.AnsweredWith == 204, TimeSpan.FromSeconds(30));
        var delivery = await scenario.WaitForDeliveryAsync(first.Id, "delivered");

        Assert.Equal(503, first.AnsweredWith);
        Assert.Equal(first.Body, second.Body);
        Assert.Equal((2, 204), (delivery["attempts"]!.GetValue<int>(), delivery["lastResponseCode"]!.GetValue<int>()));
    }

    [Fact]
    public async Task A_410_disables_the_subscription_and_later_alerts_are_not_queued_for_it()
    {
        var gone = await fixture.ScenarioAsync();
        await gone.EnrollAsync("alerts");
        Receiver.Answer = w => w.PersonId == gone.PersonId ? 410 : 204;
        await gone.SubmitFafsaAsync();
        var refused = await gone.WaitForAsync(Receiver, Submitted);
        await gone.WaitForDeliveryAsync(refused.Id, "gone");

        var subscription = await gone.Subscriber.GetFromJsonAsync<JsonObject>($"/v1/subscriptions/{gone.SubscriptionId}");
        var witness = await AlertScenario.StartAsync(fixture.Service.Anonymous, fixture.Service.Http, Receiver.Url);
        await fixture.Service.Http.GrantConsentAsync(gone.PersonId, witness.OrganizationId, "Outreach", "alerts");
        await fixture.Service.Http.PostSingleAsync(TestEvents.Course("alert-410-f-" + gone.Ssid, gone.Ssid, mark: "F"));
        var later = await Receiver.WaitForAsync(w => w.PersonId == gone.PersonId && w.Type == AlertTypes.RiskRaised);

        Assert.Equal("disabled", subscription!["status"]!.GetValue<string>());
        Assert.NotNull(subscription["stoppedAt"]);
        Assert.DoesNotContain(await gone.DeliveriesAsync(), d => d!["alertId"]!.GetValue<string>() == later.Id);
    }

    [Fact]
    public async Task Consent_revoked_between_the_milestone_and_the_retry_withholds_the_alert()
    {
        var scenario = await fixture.ScenarioAsync();
        await scenario.EnrollAsync();
        var consentId = await fixture.Service.Http.GrantConsentAsync(scenario.PersonId, scenario.OrganizationId, "Outreach", "alerts");
        Receiver.Answer = w => w.PersonId == scenario.PersonId ? 500 : 204;

        await scenario.SubmitFafsaAsync();
        var first = await scenario.WaitForAsync(Receiver, Submitted);
        var revoked = await fixture.Service.Http.DeleteAsync($"/v1/students/{scenario.PersonId}/consents/{consentId}");
        var delivery = await scenario.WaitForDeliveryAsync(first.Id, "withheld", timeout: TimeSpan.FromSeconds(30));

        Assert.True(revoked.IsSuccessStatusCode);
        Assert.Equal(1, delivery["attempts"]!.GetValue<int>());
        Assert.Single(Receiver.Received, w => w.Id == first.Id);
    }

    [Fact]
    public async Task Without_a_consent_covering_alerts_nothing_is_sent_and_the_delivery_is_withheld()
    {
        var scenario = await fixture.ScenarioAsync();
        await scenario.EnrollAsync("progress");

        await scenario.SubmitFafsaAsync();
        var delivery = await scenario.WaitForDeliveryAsync(null, "withheld");

        Assert.Equal(0, delivery["attempts"]!.GetValue<int>());
        Assert.DoesNotContain(Receiver.Received, w => w.PersonId == scenario.PersonId);
        Assert.DoesNotContain(
            (await fixture.Service.Http.GetJsonAsync($"/v1/students/{scenario.PersonId}/disclosures"))["entries"]!.AsArray(),
            d => d!["scope"]!.GetValue<string>() == "alerts");
    }

    [Fact]
    public async Task A_stopped_subscription_gets_nothing_more()
    {
        var scenario = await fixture.ScenarioAsync();
        await scenario.EnrollAsync("alerts");
        var stopped = await scenario.Subscriber.DeleteAsync($"/v1/subscriptions/{scenario.SubscriptionId}");

        var witness = await AlertScenario.StartAsync(fixture.Service.Anonymous, fixture.Service.Http, Receiver.Url);
        await fixture.Service.Http.GrantConsentAsync(scenario.PersonId, witness.OrganizationId, "Outreach", "alerts");
        await scenario.SubmitFafsaAsync();
        await scenario.WaitForAsync(Receiver, Submitted);

        Assert.Equal(HttpStatusCode.NoContent, stopped.StatusCode);
        Assert.Single(Receiver.Received, w => w.PersonId == scenario.PersonId);
        Assert.Empty(await scenario.DeliveriesAsync());
    }
}
