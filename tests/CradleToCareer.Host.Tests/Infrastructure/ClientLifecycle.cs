using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace CradleToCareer.Host.Tests.Infrastructure;

/// <summary>Admin calls on clients, and how long a token keeps working after its client is disabled or rotated.</summary>
public static class ClientLifecycle
{
    /// <summary>How soon api.md promises a disabled or rotated client's tokens stop working.</summary>
    public static readonly TimeSpan Promised = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long after now the token is first refused, asking every 100 ms; a little over the promise when it is
    /// still accepted then, so the assertion fails with the measured time.
    /// </summary>
    public static async Task<TimeSpan> TimeUntilRefusedAsync(ServiceUnderTest service, string token)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < Promised + TimeSpan.FromSeconds(1))
        {
            if ((await SendAsync(service, HttpMethod.Get, "/v1/me", token)).StatusCode == HttpStatusCode.Unauthorized)
            {
                return clock.Elapsed;
            }

            await Task.Delay(100);
        }

        return clock.Elapsed;
    }

    /// <summary>As the bootstrap admin: a client with the roles, in a new organization unless one is named.</summary>
    public static async Task<(string OrgId, string ClientId, string Secret)> NewClientAsync(
        ServiceUnderTest service, string[] roles, string? orgId = null)
    {
        var admin = await service.Anonymous.AdminTokenAsync();
        orgId ??= "org-" + Guid.NewGuid().ToString("N")[..8];
        await service.Anonymous.PostWithTokenAsync(
            "/v1/organizations", new { id = orgId, name = "Lifecycle " + orgId, sources = Array.Empty<string>() }, admin);
        var response = await service.Anonymous.PostWithTokenAsync($"/v1/organizations/{orgId}/clients", new { roles }, admin);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var credentials = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return (orgId, credentials["clientId"]!.GetValue<string>(), credentials["clientSecret"]!.GetValue<string>());
    }

    /// <summary>A request without a body, with the token when one is given.</summary>
    public static async Task<HttpResponseMessage> SendAsync(ServiceUnderTest service, HttpMethod method, string path, string? token)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = token is null ? null : new AuthenticationHeaderValue("Bearer", token);
        return await service.Anonymous.SendAsync(request);
    }
}
