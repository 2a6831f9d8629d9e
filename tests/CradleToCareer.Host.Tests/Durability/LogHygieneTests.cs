using System.Text.Json.Nodes;
using CradleToCareer.Host.Tests.Infrastructure;
using CradleToCareer.Testing;

namespace CradleToCareer.Host.Tests.Durability;

/// <summary>
/// Everything the host logs during a full scenario, searched for the PII and secrets it handled, and for noise
/// operators cannot act on: Polly's line per grain placement, the watchdog's false stall at start.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class LogHygieneTests(PostgresFixture postgres)
{
    [Fact]
    public async Task A_full_scenario_logs_no_pii_no_secret_and_no_token()
    {
        var database = await postgres.CreateDatabaseAsync("logs");
        var verbose = new Dictionary<string, string>
        {
            ["Logging__LogLevel__Default"] = "Information",
            ["Logging__LogLevel__Orleans"] = "Information",
            ["Logging__LogLevel__Microsoft.AspNetCore"] = "Information",
            ["C2C__Webhooks__AllowLoopback"] = "true",
        };
        await using var receiver = await WebhookReceiver.StartAsync();
        var ssid = TestEvents.NewSsid();
        var ssn = "5" + Random.Shared.Next(10_000_000, 99_999_999);
        var dashed = $"{ssn[..3]}-{ssn[3..5]}-{ssn[5..]}";
        string output;
        string token;
        string signedTranscript;
        string webhookKey;
        await using (var host = await HostProcess.StartAsync(database, environment: verbose))
        {
            token = host.Http.DefaultRequestHeaders.Authorization!.Parameter!;
            var fafsa = Personal(TestEvents.Fafsa("logs-1", ssid, dashed));
            var badSsn = Personal(TestEvents.Fafsa("logs-2", ssid, ssn + "0"));
            var results = await host.Http.PostBatchAsync(fafsa, badSsn, Personal(TestEvents.Course("logs-3", ssid)));
            var personId = results[0].PersonId();
            await host.Http.GetStringAsync($"/v1/students/{personId}");
            signedTranscript = await ViewsAsync(host, personId);
            webhookKey = await AlertAsync(host, personId, ssid, receiver);
            await host.Http.PostRawAsync("{ \"ssn\": \"" + dashed + "\", ", "application/cloudevents+json");
            await host.Anonymous.RequestTokenAsync(ServiceUnderTest.AdminClientId, "wrong-secret-for-the-log-test");
            await host.Anonymous.TokenAsync(ServiceUnderTest.AdminClientId, ServiceUnderTest.AdminSecret);
            output = host.Output;
        }

        Assert.Contains("Access control ready", output);
        Assert.DoesNotContain("Polly", output);
        Assert.DoesNotContain("Participant check thread has not completed", output);
        foreach (var secret in new[] { ssn, dashed, "Zephyrine", "Quillfeather", "2006-11-23", "Marigold", ServiceUnderTest.AdminSecret, "wrong-secret-for-the-log-test", token, token.Split('.')[2], signedTranscript.Split('.')[1], webhookKey })
        {
            Assert.DoesNotContain(secret, output);
        }
    }

    /// <summary>A college reads the progress view and has a transcript issued in every representation; returns the JWS.</summary>
    private static async Task<string> ViewsAsync(HostProcess host, string personId)
    {
        var (orgId, collegeToken) = await host.Anonymous.NewClientTokenAsync(["college"]);
        await host.Http.GrantConsentAsync(personId, orgId, "admission", "transcript", "progress");
        using var college = TestTenant.Authenticated(host.Http.BaseAddress!, collegeToken);
        Assert.True((await college.GetAsync($"/v1/students/{personId}/progress")).IsSuccessStatusCode);
        var signed = "";
        foreach (var accept in new[] { "application/json", "application/xml", "application/jwt" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/v1/students/{personId}/transcripts")
            {
                Content = System.Net.Http.Json.JsonContent.Create(new { level = "all", purpose = "admission" }),
            };
            request.Headers.Accept.ParseAdd(accept);
            var response = await college.SendAsync(request);
            Assert.True(response.IsSuccessStatusCode, accept);
            signed = await response.Content.ReadAsStringAsync();
        }

        return signed;
    }

    /// <summary>A subscriber receives a milestone alert by webhook; returns the subscription's secret key, base64.</summary>
    private static async Task<string> AlertAsync(HostProcess host, string personId, string ssid, WebhookReceiver receiver)
    {
        var scenario = await AlertScenario.StartAsync(host.Anonymous, host.Http, receiver.Url);
        await host.Http.GrantConsentAsync(personId, scenario.OrganizationId, "outreach", "alerts");
        await host.Http.PostSingleAsync(Personal(TestEvents.CollegeEnrollmentOf("logs-4", TestEvents.Student(ssid))));
        await receiver.WaitForAsync(w => w.PersonId == personId && w.MilestoneId == "postsecondary.enrolled");
        return Convert.ToBase64String(scenario.Key);
    }

    private static JsonObject Personal(JsonObject sourceEvent)
    {
        var student = sourceEvent["data"]!["student"]!.AsObject();
        student["firstName"] = "Zephyrine";
        student["lastName"] = "Quillfeather";
        student["birthDate"] = "2006-11-23";
        student["streetAddress"] = "77 Marigold Lane";
        return sourceEvent;
    }
}
