using System.Net;
using CradleToCareer.LoadTool.Http;

namespace CradleToCareer.LoadTool.Views;

/// <summary>
/// The organization the students consent to: no sources, no institutions, one client with roles college (transcripts)
/// and advisor (progress). Registered with the admin credentials; an organization of that id left by an earlier run is
/// reused, with a new client.
/// </summary>
public static class ReaderOrganization
{
    public static readonly string[] Roles = ["college", "advisor"];

    public static async Task<AccessTokenSource> ConnectAsync(HttpClient http, AuthOptions auth, string orgId, CancellationToken ct)
    {
        var admin = await AccessTokenSource.CreateAsync(
            http, new AuthOptions(null, auth.AdminClientId, auth.AdminClientSecret, null, null, orgId), [], ct);
        var header = await admin.HeaderAsync(ct);
        var organization = new
        {
            id = orgId,
            name = "Load test readers: college and advisor (synthetic)",
            sources = Array.Empty<string>(),
            institutions = Array.Empty<string>(),
            allowedEventTypes = Array.Empty<string>(),
        };
        using (var register = SetupHttp.Json(HttpMethod.Post, "v1/organizations", organization, header))
        {
            await SetupHttp.SendAsync(http, register, "POST /v1/organizations (reader)", ct,
                HttpStatusCode.OK, HttpStatusCode.Created, HttpStatusCode.Conflict);
        }
        using var create = SetupHttp.Json(HttpMethod.Post, $"v1/organizations/{Uri.EscapeDataString(orgId)}/clients", new { roles = Roles }, header);
        const string what = "POST /v1/organizations/{orgId}/clients (reader)";
        var body = await SetupHttp.SendAsync(http, create, what, ct, HttpStatusCode.OK, HttpStatusCode.Created);
        var client = new AuthOptions(
            null, SetupHttp.Property(body, "clientId", what), SetupHttp.Property(body, "clientSecret", what), null, null, orgId);
        return await AccessTokenSource.CreateAsync(http, client, [], ct);
    }
}
