using System.Net;
using System.Text.Json.Nodes;
using CradleToCareer.Domain.Alerts;
using CradleToCareer.Host.Tests.Infrastructure;

namespace CradleToCareer.Host.Tests.Alerts;

/// <summary><c>GET /v1/alerts/stream</c>: the caller's consented alerts, live, resumable with Last-Event-ID.</summary>
public sealed class AlertStreamTests(LoopbackWebhooksFixture fixture) : IClassFixture<LoopbackWebhooksFixture>
{
    private const string Submitted = "finaid.application-submitted";

    [Fact]
    public async Task An_alert_streams_live_with_its_alert_id_as_the_event_id_and_the_webhook_body_as_data()
    {
        var scenario = await fixture.ScenarioAsync("advisor");
        await scenario.EnrollAsync("alerts");
        await using var stream = await ServerSentEvents.OpenAsync(scenario.Subscriber, "/v1/alerts/stream");

        await scenario.SubmitFafsaAsync();
        var streamed = await stream.NextAsync();
        var webhook = await scenario.WaitForAsync(fixture.Receiver, Submitted);

        var disclosures = (await fixture.Service.Http.GetJsonAsync($"/v1/students/{scenario.PersonId}/disclosures"))["entries"]!.AsArray();

        Assert.Equal("text/event-stream", stream.Response.Content.Headers.ContentType!.MediaType);
        Assert.Equal((webhook.Id, AlertTypes.MilestoneReached), (streamed.Id, streamed.Type));
        Assert.Equal(System.Text.Encoding.UTF8.GetString(webhook.Body), streamed.Data);
        Assert.Equal(2, disclosures.Count(d => d!["scope"]!.GetValue<string>() == "alerts" && d["clientId"]!.GetValue<string>() == scenario.ClientId));
    }

    [Fact]
    public async Task Reconnecting_with_last_event_id_resumes_after_that_alert()
    {
        var scenario = await fixture.ScenarioAsync();
        await scenario.EnrollAsync("alerts");
        string firstId;
        await using (var stream = await ServerSentEvents.OpenAsync(scenario.Subscriber, "/v1/alerts/stream"))
        {
            await scenario.SubmitFafsaAsync();
            firstId = (await stream.NextAsync()).Id!;
        }

        await fixture.Service.Http.PostSingleAsync(TestEvents.Course("stream-f-" + scenario.Ssid, scenario.Ssid, mark: "F"));
        await scenario.WaitForAsync(fixture.Receiver, "risk.ag-off-track", AlertTypes.RiskRaised);
        await using var resumed = await ServerSentEvents.OpenAsync(scenario.Subscriber, "/v1/alerts/stream", firstId);
        var next = await resumed.NextAsync();

        Assert.NotEqual(firstId, next.Id);
        Assert.Equal(AlertTypes.RiskRaised, next.Type);
        Assert.Equal(scenario.PersonId, JsonNode.Parse(next.Data)!["data"]!["personId"]!.GetValue<string>());
    }

    [Fact]
    public async Task Alerts_of_students_without_an_alerts_consent_are_not_streamed()
    {
        var consented = await fixture.ScenarioAsync();
        await consented.EnrollAsync("alerts");
        var other = await AlertScenario.StartAsync(fixture.Service.Anonymous, fixture.Service.Http, fixture.Receiver.Url);
        await other.EnrollAsync();
        await fixture.Service.Http.GrantConsentAsync(other.PersonId, consented.OrganizationId, "Progress only", "progress");
        await using var stream = await ServerSentEvents.OpenAsync(consented.Subscriber, "/v1/alerts/stream");

        await other.SubmitFafsaAsync();
        await consented.SubmitFafsaAsync();
        var first = await stream.NextAsync();

        Assert.Equal(consented.PersonId, JsonNode.Parse(first.Data)!["data"]!["personId"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_unknown_last_event_id_is_a_problem_naming_the_header()
    {
        var scenario = await fixture.ScenarioAsync();

        await using var stream = await ServerSentEvents.OpenAsync(scenario.Subscriber, "/v1/alerts/stream", "a_00000000000000000000000000000000");
        var body = await stream.Response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, stream.Response.StatusCode);
        Assert.Equal("application/problem+json", stream.Response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("Last-Event-ID", body);
    }

    [Fact]
    public async Task Only_subscribers_and_advisors_may_open_the_stream()
    {
        await using var stream = await ServerSentEvents.OpenAsync(fixture.Service.Http, "/v1/alerts/stream");

        Assert.Equal(HttpStatusCode.Forbidden, stream.Response.StatusCode);
    }
}
