using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CradleToCareer.Domain.Alerts;
using CradleToCareer.Host.Tests.Infrastructure;
using CradleToCareer.Host.Tests.Views;

namespace CradleToCareer.Host.Tests.Exchange;

/// <summary>Transcript requests over HTTP (exchange.md): issued at once or on the consent grant, pushed, polled, acknowledged.</summary>
public sealed class TranscriptRequestFlowTests(LoopbackWebhooksFixture fixture) : IClassFixture<LoopbackWebhooksFixture>
{
    private ServiceUnderTest Service => fixture.Service;

    [Fact]
    public async Task A_request_under_an_existing_consent_is_issued_at_once_and_its_transcript_is_the_one_kept()
    {
        var student = await TranscriptHistory.IngestAsync(Service, "transcript");

        var accepted = await student.College.AcceptedAsync(TranscriptRequestClient.JsonRequest(student.Ssid, trackingId: "ADM-2027-0042"));
        var request = await student.College.GetJsonAsync($"/v1/transcript-requests/{accepted.RequestId()}");

        Assert.Equal("issued", accepted.Status());
        Assert.Null(accepted["delivery"]);
        Assert.Equal(("issued", "ADM-2027-0042", "all", "admission"), (request.Status(), request["requestTrackingId"]!.GetValue<string>(),
            request["level"]!.GetValue<string>(), request["purpose"]!.GetValue<string>()));
        Assert.Equal(["received", "issued"], request["history"]!.AsArray().Select(change => change!["status"]!.GetValue<string>()));
        var transcriptId = request["transcriptId"]!.GetValue<string>();
        Assert.EndsWith($"/v1/transcripts/{transcriptId}", request["transcriptUrl"]!.GetValue<string>());

        var transcript = await student.College.GetJsonAsync($"/v1/transcripts/{transcriptId}");
        Assert.Equal((transcriptId, student.PersonId), (transcript["transcriptId"]!.GetValue<string>(), transcript["student"]!["personId"]!.GetValue<string>()));
        var delivered = await student.College.GetJsonAsync($"/v1/transcript-requests/{accepted.RequestId()}");
        Assert.Equal("delivered", delivered.Status());
    }

    [Fact]
    public async Task A_waiting_request_is_issued_by_the_consent_grant_and_each_change_is_pushed_signed_with_the_secret_given_once()
    {
        var student = await TranscriptHistory.IngestAsync(Service);
        var accepted = await student.College.AcceptedAsync(TranscriptRequestClient.JsonRequest(student.Ssid, fixture.Receiver.Url));
        var requestId = accepted.RequestId();
        Assert.Equal("awaiting-consent", accepted.Status());
        Assert.True(WebhookSecret.TryParse(accepted["delivery"]!["secret"]!.GetValue<string>(), out var key));
        var waiting = await fixture.Receiver.PushAsync(requestId, "awaiting-consent");

        await student.GrantAsync(Service, "transcript");
        var issued = await fixture.Receiver.PushAsync(requestId, "issued");

        foreach (var push in new[] { waiting, issued })
        {
            Assert.Equal(
                WebhookVerification.Valid,
                WebhookSignature.Verify(key, push.Id, push.Timestamp, push.Signature, push.Body, DateTimeOffset.UtcNow, WebhookSignature.DefaultTolerance));
        }

        Assert.Equal($"{requestId}-issued", issued.Id);
        var data = issued.Json["data"]!.AsObject();
        Assert.Equal(["requestId", "status", "transcriptId", "transcriptUrl"], data.Select(field => field.Key));
        Assert.DoesNotContain(student.Ssid, System.Text.Encoding.UTF8.GetString(issued.Body), StringComparison.Ordinal);
        await fixture.Receiver.PushAsync(requestId, "delivered");

        var acknowledged = await student.College.PostAsJsonAsync($"/v1/transcript-requests/{requestId}/acknowledgement", new { received = true });
        Assert.Equal(HttpStatusCode.OK, acknowledged.StatusCode);
        await fixture.Receiver.PushAsync(requestId, "acknowledged");
        var request = await student.College.GetJsonAsync($"/v1/transcript-requests/{requestId}");
        Assert.Equal(
            ["received", "awaiting-consent", "issued", "delivered", "acknowledged"],
            request["history"]!.AsArray().Select(change => change!["status"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_refused_push_is_retried_under_the_same_webhook_id_with_the_same_body()
    {
        var student = await TranscriptHistory.IngestAsync(Service);
        var refusals = 0;
        fixture.Receiver.Answer = webhook =>
            webhook.Type == TranscriptRequestClient.PushType && webhook.Json["data"]!["status"]!.GetValue<string>() == "awaiting-consent"
            && Interlocked.Increment(ref refusals) == 1 ? 503 : 204;
        try
        {
            var requestId = (await student.College.AcceptedAsync(TranscriptRequestClient.JsonRequest(student.Ssid, fixture.Receiver.Url))).RequestId();
            var second = await fixture.Receiver.WaitForAsync(
                webhook => webhook.Id == $"{requestId}-awaiting-consent" && webhook.AnsweredWith == 204, TimeSpan.FromSeconds(30));

            var attempts = fixture.Receiver.Received.Where(webhook => webhook.Id == second.Id).ToList();
            Assert.Equal([503, 204], attempts.Select(webhook => webhook.AnsweredWith));
            Assert.Equal(attempts[0].Body, attempts[1].Body);
        }
        finally
        {
            fixture.Receiver.Answer = _ => 204;
        }
    }

    [Fact]
    public async Task A_request_about_nobody_reads_exactly_like_one_about_a_student_who_has_not_consented()
    {
        var student = await TranscriptHistory.IngestAsync(Service);
        var nobody = await student.College.AcceptedAsync(TranscriptRequestClient.JsonRequest(TestEvents.NewSsid()));
        var unconsented = await student.College.AcceptedAsync(TranscriptRequestClient.JsonRequest(student.Ssid));

        Assert.Equal(("awaiting-consent", "awaiting-consent"), (nobody.Status(), unconsented.Status()));
        var first = await student.College.GetJsonAsync($"/v1/transcript-requests/{nobody.RequestId()}");
        var second = await student.College.GetJsonAsync($"/v1/transcript-requests/{unconsented.RequestId()}");
        Assert.Equal(Shape(first), Shape(second));
        var responses = await Task.WhenAll(
            student.College.GetStringAsync($"/v1/transcript-requests/{nobody.RequestId()}/response"),
            student.College.GetStringAsync($"/v1/transcript-requests/{unconsented.RequestId()}/response"));
        Assert.All(responses, xml => Assert.Contains("<ResponseStatus>TranscriptRequestReceived</ResponseStatus>", xml, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Cancelling_works_only_before_the_issue_and_only_for_the_requesting_organization()
    {
        var student = await TranscriptHistory.IngestAsync(Service);
        var waiting = await student.College.AcceptedAsync(TranscriptRequestClient.JsonRequest(student.Ssid));
        var (_, otherToken) = await Service.Anonymous.NewClientTokenAsync(["college"]);
        using var other = TestTenant.Authenticated(Service.Http.BaseAddress!, otherToken);

        Assert.Equal(HttpStatusCode.NotFound, (await other.DeleteAsync($"/v1/transcript-requests/{waiting.RequestId()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/v1/transcript-requests/{waiting.RequestId()}")).StatusCode);
        var canceled = await student.College.DeleteAsync($"/v1/transcript-requests/{waiting.RequestId()}");
        Assert.Equal("canceled", (await canceled.Content.ReadFromJsonAsync<JsonObject>())!.Status());
        var again = await student.College.DeleteAsync($"/v1/transcript-requests/{waiting.RequestId()}");
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("application/problem+json", again.Content.Headers.ContentType!.MediaType);

        await student.GrantAsync(Service, "transcript");
        Assert.Equal("canceled", (await student.College.GetJsonAsync($"/v1/transcript-requests/{waiting.RequestId()}")).Status());
        var issued = await student.College.AcceptedAsync(TranscriptRequestClient.JsonRequest(student.Ssid));
        Assert.Equal(HttpStatusCode.Conflict, (await student.College.DeleteAsync($"/v1/transcript-requests/{issued.RequestId()}")).StatusCode);
    }

    [Fact]
    public async Task The_listing_is_the_organizations_own_newest_first_filtered_and_paged()
    {
        var student = await TranscriptHistory.IngestAsync(Service);
        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add((await student.College.AcceptedAsync(TranscriptRequestClient.JsonRequest(student.Ssid))).RequestId());
        }

        await student.College.DeleteAsync($"/v1/transcript-requests/{ids[1]}");
        var firstPage = await student.College.GetJsonAsync("/v1/transcript-requests?limit=2");
        var secondPage = await student.College.GetJsonAsync($"/v1/transcript-requests?limit=2&after={firstPage["next"]!.GetValue<string>()}");
        var canceled = await student.College.GetJsonAsync("/v1/transcript-requests?status=canceled");

        Assert.Equal([ids[2], ids[1]], firstPage["items"]!.AsArray().Select(item => item!["requestId"]!.GetValue<string>()));
        Assert.Equal([ids[0]], secondPage["items"]!.AsArray().Select(item => item!["requestId"]!.GetValue<string>()));
        Assert.Equal([ids[1]], canceled["items"]!.AsArray().Select(item => item!["requestId"]!.GetValue<string>()));
        var bad = await student.College.GetAsync("/v1/transcript-requests?status=lost&limit=0");
        var problem = (await bad.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(["limit", "status"], problem["errors"]!.AsObject().Select(error => error.Key).Order());
    }

    private static (string?, bool, bool, bool, int) Shape(JsonObject request) => (
        request.Status(), request["transcriptId"] is null, request["delivery"] is null, request["expiresAt"] is not null,
        request["history"]!.AsArray().Count);
}
