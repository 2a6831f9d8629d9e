using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CradleToCareer.Host.Tests.Infrastructure;

namespace CradleToCareer.Host.Tests.Access;

/// <summary>Resolve under consent, the same 404 without it, and the disclosure record a resolve hit leaves.</summary>
public sealed class DisclosureHttpTests(EmbeddedServiceFixture service) : IClassFixture<EmbeddedServiceFixture>
{
    [Fact]
    public async Task Without_consent_resolve_answers_as_for_nobody_and_with_consent_it_finds_and_records_the_disclosure()
    {
        var ssid = TestEvents.NewSsid();
        var personId = (await service.Http.PostSingleAsync(TestEvents.Course("resolve-" + ssid, ssid))).PersonId();
        var (orgId, college) = await CollegeAsync();
        var block = new JsonObject { ["ids"] = new JsonArray(new JsonObject { ["system"] = "ssid", ["value"] = ssid }) };
        var nobody = new JsonObject { ["ids"] = new JsonArray(new JsonObject { ["system"] = "ssid", ["value"] = TestEvents.NewSsid() }) };

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var withoutConsent = await ResolveAsync(college, block);
        var withoutConsentTook = clock.Elapsed;
        clock.Restart();
        var unknown = await ResolveAsync(college, nobody);
        var unknownTook = clock.Elapsed;
        var consentId = await GrantAsync(personId, orgId);
        var withConsent = await ResolveAsync(college, block);
        var record = await service.Http.GetJsonAsync($"/v1/students/{personId}/disclosures");
        await service.Http.DeleteAsync($"/v1/students/{personId}/consents/{consentId}");
        var afterRevocation = await ResolveAsync(college, block);

        Assert.Equal(HttpStatusCode.NotFound, withoutConsent.StatusCode);
        Assert.Equal(Comparable(await unknown.Content.ReadAsStringAsync()), Comparable(await withoutConsent.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.OK, withConsent.StatusCode);
        Assert.Equal(personId, JsonNode.Parse(await withConsent.Content.ReadAsStringAsync())!["personId"]!.GetValue<string>());
        var entry = record["entries"]!.AsArray().Single()!;
        Assert.Equal(orgId, entry["organizationId"]!.GetValue<string>());
        Assert.Equal(consentId, entry["consentId"]!.GetValue<string>());
        Assert.Equal("identity", entry["scope"]!.GetValue<string>());
        Assert.True(record["verification"]!["valid"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.NotFound, afterRevocation.StatusCode);
        // The floor is a 100 ms timer, and .NET's timers count in the coarse ticks of the system clock (4 ms on Linux), so one
        // may end a few milliseconds before a stopwatch says 100; a miss without the floor answers in a few milliseconds.
        Assert.True(withoutConsentTook >= TimeSpan.FromMilliseconds(90) && unknownTook >= TimeSpan.FromMilliseconds(90),
            $"both answers wait for the same floor: {withoutConsentTook.TotalMilliseconds} ms and {unknownTook.TotalMilliseconds} ms");
    }

    [Fact]
    public async Task The_student_portal_resolves_without_consent_and_the_hit_is_recorded_as_its_read()
    {
        var ssid = TestEvents.NewSsid();
        var personId = (await service.Http.PostSingleAsync(TestEvents.Course("own-" + ssid, ssid))).PersonId();

        var resolved = await service.Http.PostAsJsonAsync("/v1/students:resolve", new { ids = new[] { new { system = "ssid", value = ssid } } });
        var record = await service.Http.GetJsonAsync($"/v1/students/{personId}/disclosures");

        Assert.Equal(HttpStatusCode.OK, resolved.StatusCode);
        var entry = record["entries"]!.AsArray().Single()!;
        Assert.Equal(
            ("identity", TestTenant.OrganizationId, null),
            (entry["scope"]!.GetValue<string>(), entry["organizationId"]!.GetValue<string>(), entry["consentId"]?.GetValue<string>()));
    }

    [Fact]
    public async Task An_invalid_block_is_400_with_json_pointers()
    {
        var response = await service.Http.PostAsJsonAsync("/v1/students:resolve", new { ids = new[] { new { system = "ssid", value = "12" } } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!["/ids/0/value"]);
    }

    private static string Comparable(string problem)
    {
        var node = JsonNode.Parse(problem)!.AsObject();
        node.Remove("traceId");
        return node.ToJsonString();
    }

    private async Task<string> GrantAsync(string personId, string orgId)
    {
        var response = await service.Http.PostAsJsonAsync($"/v1/students/{personId}/consents", new
        {
            recipientOrgId = orgId, scopes = new[] { "progress" }, purpose = "admissions", expiresAt = DateTimeOffset.UtcNow.AddMonths(1), grantor = "student",
        });
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["consentId"]!.GetValue<string>();
    }

    private async Task<HttpResponseMessage> ResolveAsync(string token, JsonObject block)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/students:resolve") { Content = JsonContent.Create(block) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await service.Anonymous.SendAsync(request);
    }

    private Task<(string OrgId, string Token)> CollegeAsync() => service.Anonymous.NewClientTokenAsync(["college"]);
}
