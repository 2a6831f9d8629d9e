using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using CradleToCareer.Host.Tests.Infrastructure;

namespace CradleToCareer.Host.Tests.Access;

/// <summary>Every data route requires its role; a source client sends only what its organization may send.</summary>
public sealed class AuthorizationHttpTests(EmbeddedServiceFixture service) : IClassFixture<EmbeddedServiceFixture>
{
    [Fact]
    public async Task Ingest_needs_a_token_with_the_source_role()
    {
        var advisor = await TokenForNewClientAsync(["advisor"], sources: []);
        var course = TestEvents.Course("authz-1", TestEvents.NewSsid()).ToLine();

        var none = await Send(HttpMethod.Post, "/v1/events", null, course);
        var wrongRole = await Send(HttpMethod.Post, "/v1/events", advisor, course);

        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, wrongRole.StatusCode);
    }

    [Fact]
    public async Task Events_from_an_unregistered_source_or_of_a_disallowed_type_are_rejected_alone()
    {
        var (source, school) = (TestEvents.NewSource(), TestEvents.NewSchool());
        var district = await TokenForNewClientAsync(["source"], sources: [source], institutions: [school]);
        var ssid = TestEvents.NewSsid();
        var batch = new JsonArray(
            TestEvents.Course("scope-1-" + ssid, ssid).From(source, school),
            TestEvents.Fafsa("scope-2-" + ssid, ssid, "123456789"),
            TestEvents.Envelope("scope-3-" + ssid, "c2c.workforce.wage.reported", new JsonObject
            {
                ["student"] = TestEvents.Student(ssid),
                ["employer"] = new JsonObject { ["idHash"] = "e1" },
                ["year"] = 2025,
                ["quarter"] = 3,
                ["wages"] = 4200.0,
            }, source));

        var response = await Send(HttpMethod.Post, "/v1/events", district, batch.ToJsonString(), "application/cloudevents-batch+json");
        var results = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["results"]!.AsArray();

        Assert.Equal(["accepted", "rejected", "rejected"], results.Select(r => r.Status()));
        Assert.Equal("/source", results[1]!["errors"]![0]!["path"]!.GetValue<string>());
        Assert.Equal("/type", results[2]!["errors"]![0]!["path"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_full_profile_is_for_the_student_portal_role_only()
    {
        var accepted = await service.Http.PostSingleAsync(TestEvents.Course("portal-1", TestEvents.NewSsid()));
        var sourceOnly = await TokenForNewClientAsync(["source"], sources: [TestEvents.NewSource()]);
        var path = $"/v1/students/{accepted.PersonId()}";

        Assert.Equal(HttpStatusCode.Unauthorized, (await Send(HttpMethod.Get, path, null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Send(HttpMethod.Get, path, sourceOnly)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await service.Http.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task Institution_counts_are_for_the_organization_that_speaks_for_the_institution()
    {
        await service.Http.PostSingleAsync(TestEvents.Enrollment("staff-1", TestEvents.NewSsid()));
        var outsider = await TokenForNewClientAsync(["advisor"], sources: []);

        var foreign = await Send(HttpMethod.Get, $"/v1/institutions/{TestEvents.HighSchool}", outsider);
        var own = await service.Http.GetAsync($"/v1/institutions/{TestEvents.HighSchool}");

        Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
    }

    private async Task<HttpResponseMessage> Send(HttpMethod method, string path, string? token, string? body = null, string contentType = "application/cloudevents+json")
    {
        using var request = new HttpRequestMessage(method, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (body is not null)
        {
            request.Content = new StringContent(body);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        return await service.Anonymous.SendAsync(request);
    }

    private async Task<string> TokenForNewClientAsync(string[] roles, string[] sources, string[]? institutions = null) =>
        (await service.Anonymous.NewClientTokenAsync(
            roles, sources: sources, institutions: institutions, allowedEventTypes: ["c2c.k12.*", "c2c.finaid.*"])).Token;
}
