using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace CradleToCareer.Host.Tests.Infrastructure;

/// <summary>Tokens and admin calls, as an integrator's client would make them.</summary>
public static class AccessClient
{
    public static Task<HttpResponseMessage> RequestTokenAsync(this HttpClient http, string clientId, string secret, string? scope = null)
    {
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = secret,
        };
        if (scope is not null)
        {
            form["scope"] = scope;
        }

        return http.PostAsync("/oauth/token", new FormUrlEncodedContent(form));
    }

    public static async Task<string> TokenAsync(this HttpClient http, string clientId, string secret, string? scope = null)
    {
        var response = await http.RequestTokenAsync(clientId, secret, scope);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["access_token"]!.GetValue<string>();
    }

    public static Task<string> AdminTokenAsync(this HttpClient http) =>
        http.TokenAsync(ServiceUnderTest.AdminClientId, ServiceUnderTest.AdminSecret);

    /// <summary>
    /// As the bootstrap admin: registers the organization (a new id unless one is given; an existing one is
    /// kept; registered as the student portal when asked or when the roles include student-portal) and a client
    /// of it with the roles, and returns the organization id and a token of that client.
    /// </summary>
    public static async Task<(string OrgId, string Token)> NewClientTokenAsync(
        this HttpClient anonymous, string[] roles, string? orgId = null, string[]? sources = null,
        string[]? institutions = null, string[]? allowedEventTypes = null, bool studentPortal = false)
    {
        var admin = await anonymous.AdminTokenAsync();
        orgId ??= "org-" + Guid.NewGuid().ToString("N")[..8];
        await anonymous.PostWithTokenAsync("/v1/organizations", new
        {
            id = orgId,
            name = "Test organization " + orgId,
            sources = sources ?? [],
            institutions = institutions ?? [],
            allowedEventTypes = allowedEventTypes ?? [],
            studentPortal = studentPortal || roles.Contains("student-portal"),
        }, admin);
        var client = await anonymous.PostWithTokenAsync($"/v1/organizations/{orgId}/clients", new { roles }, admin);
        Assert.True(client.IsSuccessStatusCode, await client.Content.ReadAsStringAsync());
        var credentials = JsonNode.Parse(await client.Content.ReadAsStringAsync())!;
        return (orgId, await anonymous.TokenAsync(credentials["clientId"]!.GetValue<string>(), credentials["clientSecret"]!.GetValue<string>()));
    }

    /// <summary>As the bootstrap admin: a new client of the test tenant with the roles, and its secret.</summary>
    public static async Task<(string ClientId, string Secret)> NewTenantClientAsync(this HttpClient anonymous, params string[] roles)
    {
        var admin = await anonymous.AdminTokenAsync();
        var client = await anonymous.PostWithTokenAsync($"/v1/organizations/{TestTenant.OrganizationId}/clients", new { roles }, admin);
        var credentials = JsonNode.Parse(await client.Content.ReadAsStringAsync())!;
        return (credentials["clientId"]!.GetValue<string>(), credentials["clientSecret"]!.GetValue<string>());
    }

    public static Task<HttpResponseMessage> PostWithTokenAsync(this HttpClient http, string path, object body, string? token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return http.SendAsync(request);
    }
}
