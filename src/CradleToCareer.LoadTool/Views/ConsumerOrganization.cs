using System.Net;
using CradleToCareer.LoadTool.Http;

namespace CradleToCareer.LoadTool.Views;

/// <summary>
/// An organization students consent to (a reader of views, an alert subscriber): no sources, no institutions, one
/// client with the given roles. Registered with the admin credentials; an organization of that id left by an earlier
/// run is reused, with a new client.
/// </summary>
public static class ConsumerOrganization
{
    public static async Task<AccessTokenSource> ConnectAsync(
        HttpClient http, AuthOptions auth, string orgId, string name, string[] roles, CancellationToken ct)
    {
        var admin = await AccessTokenSource.CreateAsync(
            http, new AuthOptions(null, auth.AdminClientId, auth.AdminClientSecret, null, null, orgId), [], ct);
        var header = await admin.HeaderAsync(ct);
        var organization = new
        {
            id = orgId,
            name,
            sources = Array.Empty<string>(),
            institutions = Array.Empty<string>(),
            allowedEventTypes = Array.Empty<string>(),
        };
        using (var register = SetupHttp.Json(HttpMethod.Post, "v1/organizations", organization, header))
        {
            await SetupHttp.SendAsync(http, register, $"POST /v1/organizations ({orgId})", ct,
                HttpStatusCode.OK, HttpStatusCode.Created, HttpStatusCode.Conflict);
        }
        using var create = SetupHttp.Json(HttpMethod.Post, $"v1/organizations/{Uri.EscapeDataString(orgId)}/clients", new { roles }, header);
        var what = $"POST /v1/organizations/{orgId}/clients";
        var body = await SetupHttp.SendAsync(http, create, what, ct, HttpStatusCode.OK, HttpStatusCode.Created);
        var client = new AuthOptions(
            null, SetupHttp.Property(body, "clientId", what), SetupHttp.Property(body, "clientSecret", what), null, null, orgId);
        return await AccessTokenSource.CreateAsync(http, client, [], ct);
    }
}
