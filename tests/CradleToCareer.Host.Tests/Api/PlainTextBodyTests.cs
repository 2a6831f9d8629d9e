using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using CradleToCareer.Host.Tests.Infrastructure;

namespace CradleToCareer.Host.Tests.Api;

/// <summary>
/// Text is text for every body the service reads, on both backends alike: a string that holds a control
/// character or a bidirectional override gets 400 problem+json keyed by its JSON Pointer, and nothing is
/// stored; a route or query parameter that holds one gets 400, never 500.
/// </summary>
[Collection(TwoBackendsCollection.Name)]
public sealed class PlainTextBodyTests(TwoBackendsFixture backends)
{
    private const string Person = "p_00000000000000000000000000000000";

    public static TheoryData<string, string, string, string, string> NotTextBodies
    {
        get
        {
            (string Role, string Path, string Body, string Pointer)[] cases =
            [
                ("admin", "/v1/organizations", """{ "id": "org-nul", "name": "Evil\u202Ecorp", "sources": [], "institutions": [], "allowedEventTypes": [] }""", "/name"),
                ("admin", $"/v1/organizations/{TestTenant.OrganizationId}/clients", """{ "roles": ["source\u0000"] }""", "/roles/0"),
                ("admin", $"/v1/organizations/{TestTenant.OrganizationId}/clients", """{ "roles": ["source"], "x\u0000": 1 }""", ""),
                ("subscriber", "/v1/subscriptions", """{ "url": "https://alerts.example/in", "milestones": ["*"], "secret": "s\u0007cret-of-thirty-two-characters!!" }""", "/secret"),
                ("college", $"/v1/students/{Person}/transcripts", """{ "level": "all", "purpose": "adm\u0000ission" }""", "/purpose"),
                ("college", "/v1/students:resolve", """{ "ids": [{ "system": "ssid", "value": "1234567890" }], "firstName": "A\u0000" }""", "/firstName"),
                ("steward", "/v1/identity/merges", $$"""{ "survivorId": "{{Person}}", "mergedId": "{{Person}}", "reason": "dup\u2066" }""", "/reason"),
                ("steward", "/v1/identity/merges/m_unknown/undo", """{ "reason": "\u009f" }""", "/reason"),
            ];
            var data = new TheoryData<string, string, string, string, string>();
            foreach (var backend in new[] { TwoBackendsFixture.Embedded, TwoBackendsFixture.Postgres })
            {
                foreach (var (role, path, body, pointer) in cases)
                {
                    data.Add(backend, role, path, body, pointer);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(NotTextBodies))]
    public async Task A_body_string_that_is_not_text_is_400_at_its_pointer(string backend, string role, string path, string body, string pointer)
    {
        var service = backends.On(backend);

        var response = await SendAsync(service, role, HttpMethod.Post, path, body);

        var problem = await ProblemAsync(response);
        Assert.Contains("must be text without control characters", problem["errors"]![pointer]![0]!.GetValue<string>());
    }

    [Theory]
    [InlineData(TwoBackendsFixture.Embedded)]
    [InlineData(TwoBackendsFixture.Postgres)]
    public async Task A_consent_whose_purpose_is_not_text_is_400_and_not_stored_and_the_next_one_is_granted(string backend)
    {
        var service = backends.On(backend);
        var personId = (await service.Http.PostSingleAsync(TestEvents.Course($"consent-text-{backend}", TestEvents.NewSsid()))).PersonId();

        var refused = await service.Http.PostAsJsonAsync($"/v1/students/{personId}/consents", new
        {
            recipientOrgId = TestTenant.OrganizationId,
            scopes = new[] { "progress" },
            purpose = "pur\0pose",
            expiresAt = DateTimeOffset.UtcNow.AddMonths(3),
            grantor = "student",
        });
        var storedAfterRefusal = await service.Http.GetJsonArrayAsync($"/v1/students/{personId}/consents");
        await service.Http.GrantConsentAsync(personId, TestTenant.OrganizationId, "advising", "progress");
        var storedAfterGrant = await service.Http.GetJsonArrayAsync($"/v1/students/{personId}/consents");

        Assert.NotNull((await ProblemAsync(refused))["errors"]!["/purpose"]);
        Assert.Empty(storedAfterRefusal);
        Assert.Equal("advising", storedAfterGrant.Single()!["purpose"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(TwoBackendsFixture.Embedded)]
    [InlineData(TwoBackendsFixture.Postgres)]
    public async Task An_organization_refused_for_its_name_is_not_stored(string backend)
    {
        var service = backends.On(backend);
        var orgId = "org-" + Guid.NewGuid().ToString("N")[..8];
        var admin = await service.Anonymous.AdminTokenAsync();

        var refused = await service.Anonymous.PostWithTokenAsync("/v1/organizations", Organization(orgId, "Name\0"), admin);
        var created = await service.Anonymous.PostWithTokenAsync("/v1/organizations", Organization(orgId, "Name"), admin);

        Assert.NotNull((await ProblemAsync(refused))["errors"]!["/name"]);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
    }

    [Theory]
    [InlineData(TwoBackendsFixture.Embedded, "steward", "GET", "/v1/identity/reviews?after=r_%00", "after")]
    [InlineData(TwoBackendsFixture.Postgres, "steward", "GET", "/v1/identity/reviews?after=r_%00", "after")]
    [InlineData(TwoBackendsFixture.Postgres, "steward", "POST", "/v1/identity/reviews/r_%01/dismiss", "reviewId")]
    [InlineData(TwoBackendsFixture.Postgres, "subscriber", "GET", "/v1/subscriptions/s_%E2%80%AE", "subscriptionId")]
    [InlineData(TwoBackendsFixture.Postgres, "college", "GET", "/v1/transcripts/t_%7F", "transcriptId")]
    [InlineData(TwoBackendsFixture.Postgres, "student-portal", "GET", "/v1/students/p_%C2%85/consents?x=%00", "personId")]
    public async Task A_parameter_that_is_not_text_is_400_never_500(string backend, string role, string method, string path, string parameter)
    {
        var response = await SendAsync(backends.On(backend), role, new HttpMethod(method), path, body: null);

        Assert.NotNull((await ProblemAsync(response))["errors"]![parameter]);
    }

    [Theory]
    [InlineData(TwoBackendsFixture.Embedded)]
    [InlineData(TwoBackendsFixture.Postgres)]
    public async Task A_client_id_that_is_not_text_is_an_unknown_client(string backend)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/oauth/token")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "client_credentials" }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("c_\0x:secret")));

        var response = await backends.On(backend).Anonymous.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private static object Organization(string id, string name) =>
        new { id, name, sources = Array.Empty<string>(), institutions = Array.Empty<string>(), allowedEventTypes = Array.Empty<string>() };

    private static async Task<HttpResponseMessage> SendAsync(ServiceUnderTest service, string role, HttpMethod method, string path, string? body)
    {
        var token = role == "admin"
            ? await service.Anonymous.AdminTokenAsync()
            : (await service.Anonymous.NewClientTokenAsync([role])).Token;
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await service.Anonymous.SendAsync(request);
    }

    private static async Task<JsonObject> ProblemAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode} {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonNode.Parse(text)!.AsObject();
    }
}
