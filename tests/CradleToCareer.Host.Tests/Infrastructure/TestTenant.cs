using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace CradleToCareer.Host.Tests.Infrastructure;

/// <summary>
/// The organization the tests send and read as: registered for every test source, the test institutions
/// and every event family, as the student portal, with one client holding the roles <c>source</c> and <c>student-portal</c>.
/// </summary>
public static class TestTenant
{
    public const string OrganizationId = "test-tenant";

    public static readonly string[] Institutions = [TestEvents.HighSchool, TestEvents.College, "ipeds:999999"];

    /// <summary>Registers the tenant (idempotent: a second host on the same database finds it) and returns a client token.</summary>
    public static async Task<string> ProvisionAsync(HttpClient anonymous, string adminSecret)
    {
        var admin = await anonymous.TokenAsync(ServiceUnderTest.AdminClientId, adminSecret);
        var organization = await anonymous.PostWithTokenAsync("/v1/organizations", new
        {
            id = OrganizationId,
            name = "Test tenant",
            sources = new[] { TestEvents.LeaSource, TestEvents.CollegeSource, TestEvents.AidSource },
            institutions = Institutions,
            allowedEventTypes = new[] { "c2c.k12.*", "c2c.postsecondary.*", "c2c.finaid.*", "c2c.workforce.*", "c2c.socialservices.*", "c2c.correction.*" },
            studentPortal = true,
        }, admin);
        Assert.True(organization.IsSuccessStatusCode || organization.StatusCode == System.Net.HttpStatusCode.Conflict);
        var client = await anonymous.PostWithTokenAsync(
            $"/v1/organizations/{OrganizationId}/clients", new { roles = new[] { "source", "student-portal" } }, admin);
        var credentials = JsonNode.Parse(await client.Content.ReadAsStringAsync())!;
        return await anonymous.TokenAsync(credentials["clientId"]!.GetValue<string>(), credentials["clientSecret"]!.GetValue<string>());
    }

    /// <summary>A client of the service that sends the tenant's token with every request.</summary>
    public static HttpClient Authenticated(Uri baseAddress, string token)
    {
        var http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http;
    }
}
