using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CradleToCareer.Host.Tests.Infrastructure;
using CradleToCareer.Testing;

namespace CradleToCareer.Host.Tests.Privacy;

/// <summary>
/// A student portal reads without consent, but every read it makes is in the student's disclosure record, and every
/// consent it grants names the portal client and the student session it was granted in; on both backends.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PortalDisclosureTests(PostgresFixture postgres)
{
    [Theory]
    [InlineData(PortalScene.Embedded)]
    [InlineData(PortalScene.Postgres)]
    public async Task Every_portal_read_is_a_disclosure_to_the_portal_with_what_it_read_and_the_student_session_it_named(string backend)
    {
        await using var scene = await PortalScene.StartAsync(backend, postgres);
        var block = new { ids = new[] { new { system = "ssid", value = scene.Ssid } } };

        var reads = new[]
        {
            await scene.AsPortalAsync(HttpMethod.Get, $"/v1/students/{scene.PersonId}", "sess-a"),
            await scene.AsPortalAsync(HttpMethod.Get, $"/v1/students/{scene.PersonId}/consents", "sess-a"),
            await scene.AsPortalAsync(HttpMethod.Post, "/v1/students:resolve", "sess-a", block),
            await scene.AsPortalAsync(HttpMethod.Get, $"/v1/students/{scene.PersonId}/disclosures", null),
        };
        var entries = await scene.EntriesAsync();

        Assert.All(reads, read => Assert.Equal(HttpStatusCode.OK, read.StatusCode));
        Assert.Equal(
            [
                ("profile", "student portal, student session sess-a"),
                ("consents", "student portal, student session sess-a"),
                ("identity", "student portal, student session sess-a"),
                ("disclosures", "student portal, no student session named"),
            ],
            entries.Select(e => (e!["scope"]!.GetValue<string>(), e["purpose"]!.GetValue<string>())));
        Assert.All(entries, e => Assert.Equal(
            (scene.PortalClientId, TestTenant.OrganizationId, null),
            (e!["clientId"]!.GetValue<string>(), e["organizationId"]!.GetValue<string>(), e["consentId"]?.GetValue<string>())));
    }

    [Theory]
    [InlineData(PortalScene.Embedded)]
    [InlineData(PortalScene.Postgres)]
    public async Task A_consent_names_the_portal_client_and_student_session_that_granted_it_in_the_list_and_the_record(string backend)
    {
        await using var scene = await PortalScene.StartAsync(backend, postgres);
        var (collegeOrgId, collegeToken) = await scene.Service.Anonymous.NewClientTokenAsync(["college"]);
        var college = TestTenant.Authenticated(scene.Service.Http.BaseAddress!, collegeToken);
        var terms = new
        {
            recipientOrgId = collegeOrgId, scopes = new[] { "transcript" }, purpose = "admission",
            expiresAt = DateTimeOffset.UtcNow.AddMonths(1), grantor = "student",
        };

        var granted = await scene.AsPortalAsync(HttpMethod.Post, $"/v1/students/{scene.PersonId}/consents", "sess-g", terms);
        var malformed = await scene.AsPortalAsync(HttpMethod.Post, $"/v1/students/{scene.PersonId}/consents", "not a session id", terms);
        var consentId = JsonNode.Parse(await granted.Content.ReadAsStringAsync())!["consentId"]!.GetValue<string>();
        var issued = await college.PostAsync($"/v1/students/{scene.PersonId}/transcripts", JsonContent.Create(new { level = "all", purpose = "admission" }));
        var studentList = await scene.Service.Http.GetJsonArrayAsync($"/v1/students/{scene.PersonId}/consents");
        var recipientList = await college.GetJsonArrayAsync("/v1/consents");
        var entries = await scene.EntriesAsync();

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.BadRequest), (granted.StatusCode, malformed.StatusCode));
        Assert.Equal("application/problem+json", malformed.Content.Headers.ContentType!.MediaType);
        var listed = Assert.Single(studentList)!;
        Assert.Equal(
            (consentId, scene.PortalClientId, "sess-g"),
            (listed["consentId"]!.GetValue<string>(), listed["grantedByClientId"]!.GetValue<string>(), listed["studentSession"]!.GetValue<string>()));
        var seenByRecipient = Assert.Single(recipientList)!.AsObject();
        Assert.False(seenByRecipient.ContainsKey("grantedByClientId") || seenByRecipient.ContainsKey("studentSession"));
        Assert.Equal(HttpStatusCode.Created, issued.StatusCode);
        var disclosed = Assert.Single(entries, e => e!["scope"]!.GetValue<string>() == "transcript")!;
        Assert.Equal(
            (consentId, scene.PortalClientId, "sess-g"),
            (disclosed["consentId"]!.GetValue<string>(), disclosed["consentGrantedByClientId"]!.GetValue<string>(),
                disclosed["consentStudentSession"]!.GetValue<string>()));
    }
}
