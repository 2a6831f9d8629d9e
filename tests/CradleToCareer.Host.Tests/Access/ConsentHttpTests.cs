using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CradleToCareer.Host.Tests.Infrastructure;

namespace CradleToCareer.Host.Tests.Access;

/// <summary>Consent lifecycle over HTTP: grant, list on both sides, revoke, and the grantor rule.</summary>
public sealed class ConsentHttpTests(EmbeddedServiceFixture service) : IClassFixture<EmbeddedServiceFixture>
{
    [Fact]
    public async Task An_adult_grants_the_recipient_sees_it_and_a_revocation_shows_at_once_on_both_sides()
    {
        var personId = await StudentAsync(birthDate: "2004-02-01");
        var (recipient, recipientToken) = await RecipientAsync();

        var granted = await service.Http.PostAsJsonAsync($"/v1/students/{personId}/consents", Request(recipient, "student"));
        var consent = JsonNode.Parse(await granted.Content.ReadAsStringAsync())!;
        var consentId = consent["consentId"]!.GetValue<string>();
        var seenByRecipient = await ListAsync("/v1/consents", recipientToken);
        var revoked = await service.Http.DeleteAsync($"/v1/students/{personId}/consents/{consentId}");
        var studentView = await service.Http.GetJsonArrayAsync($"/v1/students/{personId}/consents");
        var recipientView = await ListAsync("/v1/consents", recipientToken);

        Assert.Equal(HttpStatusCode.Created, granted.StatusCode);
        Assert.Equal("active", consent["status"]!.GetValue<string>());
        Assert.Equal("active", seenByRecipient.Single(c => c!["consentId"]!.GetValue<string>() == consentId)!["status"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);
        Assert.Equal("revoked", studentView.Single()!["status"]!.GetValue<string>());
        Assert.Equal("revoked", recipientView.Single(c => c!["consentId"]!.GetValue<string>() == consentId)!["status"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("2014-06-01", false, "guardian", "student")]
    [InlineData("2014-06-01", true, "student", "guardian")]
    [InlineData("2001-06-01", false, "student", "guardian")]
    public async Task The_grantor_is_the_guardian_of_a_minor_never_in_college_and_the_student_otherwise(
        string birthDate, bool enrolledInCollege, string allowed, string refused)
    {
        var personId = await StudentAsync(birthDate, enrolledInCollege);
        var (recipient, _) = await RecipientAsync();

        var wrong = await service.Http.PostAsJsonAsync($"/v1/students/{personId}/consents", Request(recipient, refused));
        var right = await service.Http.PostAsJsonAsync($"/v1/students/{personId}/consents", Request(recipient, allowed));

        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("must be " + allowed, JsonNode.Parse(await wrong.Content.ReadAsStringAsync())!["errors"]!["/grantor"]![0]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Created, right.StatusCode);
    }

    [Fact]
    public async Task Invalid_consents_name_every_bad_field_and_unknown_students_or_consents_are_404()
    {
        var personId = await StudentAsync(birthDate: "2004-02-01");
        var (recipient, _) = await RecipientAsync();

        var invalid = await service.Http.PostAsJsonAsync($"/v1/students/{personId}/consents", new
        {
            recipientOrgId = recipient,
            scopes = new[] { "everything" },
            purpose = "",
            expiresAt = DateTimeOffset.UtcNow.AddYears(2),
            grantor = "student",
        });
        var unknownRecipient = await service.Http.PostAsJsonAsync($"/v1/students/{personId}/consents", Request("no-such-org", "student"));
        var unknownStudent = await service.Http.PostAsJsonAsync($"/v1/students/p_{new string('0', 32)}/consents", Request(recipient, "student"));
        var unknownConsent = await service.Http.DeleteAsync($"/v1/students/{personId}/consents/c_missing");
        var errors = JsonNode.Parse(await invalid.Content.ReadAsStringAsync())!["errors"]!.AsObject();

        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal(["/expiresAt", "/purpose", "/scopes/0"], errors.Select(e => e.Key).Order());
        Assert.Equal(HttpStatusCode.BadRequest, unknownRecipient.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownStudent.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownConsent.StatusCode);
    }

    [Fact]
    public async Task The_recipient_list_is_for_non_admin_clients()
    {
        var admin = await service.Anonymous.AdminTokenAsync();

        var asAdmin = await SendAsync(HttpMethod.Get, "/v1/consents", admin);

        Assert.Equal(HttpStatusCode.Forbidden, asAdmin.StatusCode);
    }

    private static object Request(string recipient, string grantor) => new
    {
        recipientOrgId = recipient,
        scopes = new[] { "progress", "transcript" },
        purpose = "admissions review",
        expiresAt = DateTimeOffset.UtcNow.AddMonths(6),
        grantor,
    };

    private async Task<string> StudentAsync(string birthDate, bool enrolledInCollege = false)
    {
        var ssid = TestEvents.NewSsid();
        var course = TestEvents.Course("consent-" + ssid, ssid);
        course["data"]!["student"]!["birthDate"] = birthDate;
        var events = new List<JsonObject> { course };
        if (enrolledInCollege)
        {
            events.Add(TestEvents.Envelope("consent-college-" + ssid, "c2c.postsecondary.enrollment", new JsonObject
            {
                ["student"] = TestEvents.Student(ssid),
                ["institution"] = new JsonObject { ["id"] = TestEvents.College, ["kind"] = "community-college" },
                ["term"] = "2026-FA",
                ["level"] = "undergraduate",
                ["unitsAttempted"] = 12.0,
            }, TestEvents.CollegeSource));
            events[^1]["data"]!["student"]!["birthDate"] = birthDate;
        }

        var results = await service.Http.PostBatchAsync([.. events]);
        Assert.All(results, r => Assert.Equal("accepted", r.Status()));
        return results[0].PersonId();
    }

    private Task<(string OrgId, string Token)> RecipientAsync() => service.Anonymous.NewClientTokenAsync(["advisor"]);

    private async Task<JsonArray> ListAsync(string path, string token)
    {
        var response = await SendAsync(HttpMethod.Get, path, token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray();
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string token)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await service.Anonymous.SendAsync(request);
    }
}
