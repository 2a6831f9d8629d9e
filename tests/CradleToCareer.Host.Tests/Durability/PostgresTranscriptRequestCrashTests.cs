using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CradleToCareer.Domain.Alerts;
using CradleToCareer.Host.Tests.Exchange;
using CradleToCareer.Host.Tests.Infrastructure;
using CradleToCareer.Testing;

namespace CradleToCareer.Host.Tests.Durability;

/// <summary>
/// Transcript requests across a SIGKILL (exchange.md): a request answered 202 before the kill ends issued or awaiting
/// consent after the restart, and its issue is pushed, under one webhook id however often it is retried.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresTranscriptRequestCrashTests(PostgresFixture postgres)
{
    private const int Students = 12;

    [Fact]
    public async Task Every_request_answered_before_the_kill_is_issued_or_waiting_afterwards_and_its_issue_pushed_under_one_id()
    {
        var database = await postgres.CreateDatabaseAsync("request_crash");
        await using var receiver = await WebhookReceiver.StartAsync();
        var environment = new Dictionary<string, string> { ["C2C__Webhooks__AllowLoopback"] = "true" };
        var accepted = new ConcurrentBag<(string RequestId, bool Consented, string Secret)>();
        string token;
        var doomed = await HostProcess.StartAsync(database, environment: environment);
        await using (doomed)
        {
            (var collegeOrgId, token) = await doomed.Anonymous.NewClientTokenAsync(["college"]);
            using var college = TestTenant.Authenticated(doomed.Anonymous.BaseAddress!, token);
            var students = new List<(string Ssid, bool Consented)>();
            for (var i = 0; i < Students; i++)
            {
                var ssid = TestEvents.NewSsid();
                var personId = (await doomed.Http.PostSingleAsync(TestEvents.Enrollment("request-crash-" + ssid, ssid))).PersonId();
                if (i % 2 == 0)
                {
                    await doomed.Http.GrantConsentAsync(personId, collegeOrgId, "admission", "transcript");
                }

                students.Add((ssid, i % 2 == 0));
            }

            var writers = students.Select(student => Task.Run(async () =>
            {
                try
                {
                    var response = await college.SubmitAsync(TranscriptRequestClient.JsonRequest(student.Ssid, receiver.Url));
                    var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
                    Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
                    accepted.Add((body.RequestId(), student.Consented, body["delivery"]!["secret"]!.GetValue<string>()));
                }
                catch (HttpRequestException)
                {
                    // Killed before the answer: not acknowledged, so nothing is owed.
                }
            })).ToList();
            var waited = Stopwatch.StartNew();
            while (accepted.IsEmpty && writers.Any(writer => !writer.IsCompleted) && waited.Elapsed < TimeSpan.FromSeconds(30))
            {
                await Task.Delay(TimeSpan.FromMilliseconds(5));
            }

            await doomed.KillAsync();
            await Task.WhenAll(writers);
        }

        await using var restarted = await HostProcess.StartAsync(database, replacing: doomed, environment: environment);
        using var collegeAgain = TestTenant.Authenticated(restarted.Anonymous.BaseAddress!, token);
        Assert.NotEmpty(accepted);
        foreach (var (requestId, consented, secret) in accepted)
        {
            var status = await EventualStatusAsync(collegeAgain, requestId, consented);
            Assert.True(consented ? status is "issued" or "delivered" : status == "awaiting-consent", $"{requestId}: {status}");
            if (consented)
            {
                var push = await receiver.PushAsync(requestId, "issued");
                Assert.True(WebhookSecret.TryParse(secret, out var key));
                Assert.Equal(
                    WebhookVerification.Valid,
                    WebhookSignature.Verify(key, push.Id, push.Timestamp, push.Signature, push.Body, DateTimeOffset.UtcNow, WebhookSignature.DefaultTolerance));
            }
        }

        var idsPerChange = receiver.Received
            .Where(webhook => webhook.Type == TranscriptRequestClient.PushType)
            .GroupBy(webhook => (webhook.Json["data"]!["requestId"]!.GetValue<string>(), webhook.Json["data"]!["status"]!.GetValue<string>()))
            .Select(group => group.Select(webhook => webhook.Id).Distinct().Count());
        Assert.All(idsPerChange, ids => Assert.Equal(1, ids));
    }

    /// <summary>
    /// The request's status once nothing more is owed: a request kept as received by the killed host is taken up by the
    /// sweep (after its first-try grace), so this waits up to a minute for it to leave <c>received</c>.
    /// </summary>
    private static async Task<string> EventualStatusAsync(HttpClient college, string requestId, bool consented)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var status = (await college.GetJsonAsync($"/v1/transcript-requests/{requestId}")).Status();
            if (status != "received" && (status != "awaiting-consent" || !consented) || waited.Elapsed > TimeSpan.FromSeconds(60))
            {
                return status;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200));
        }
    }
}
