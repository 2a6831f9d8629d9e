using System.Net;
using CradleToCareer.LoadTool.Cli;
using CradleToCareer.LoadTool.Http;
using CradleToCareer.LoadTool.Views;

namespace CradleToCareer.LoadTool.Outcomes;

/// <summary>
/// The organization that speaks for the probe schools: it owns their source, may send K-12 events, and its client
/// (role source) sends the probe graduates and reads the schools' outcomes as their staff. Registered with the admin
/// credentials; on a rerun with the same tag the organization is found and gets a new client. When another
/// organization holds the source or a school (409 and no organization of this id), the run stops: use another tag.
/// </summary>
public static class ProbeOrganization
{
    public static readonly string[] Roles = ["source"];

    public static async Task<AccessTokenSource> ConnectAsync(
        HttpClient http, AuthOptions auth, string orgId, ProbeSchools schools, IReadOnlyList<Events.Institution> institutions,
        CancellationToken ct)
    {
        var admin = await AccessTokenSource.CreateAsync(
            http, new AuthOptions(null, auth.AdminClientId, auth.AdminClientSecret, null, null, orgId), [], ct);
        var header = await admin.HeaderAsync(ct);
        var organization = new
        {
            id = orgId,
            name = "Load test probe schools: institution outcomes (synthetic)",
            sources = new[] { schools.Source },
            institutions = institutions.Select(i => i.Id).ToArray(),
            allowedEventTypes = new[] { "c2c.k12.*" },
        };
        using (var register = SetupHttp.Json(HttpMethod.Post, "v1/organizations", organization, header))
        {
            await SetupHttp.SendAsync(http, register, $"POST /v1/organizations ({orgId})", ct,
                HttpStatusCode.OK, HttpStatusCode.Created, HttpStatusCode.Conflict);
        }
        using (var existing = new HttpRequestMessage(HttpMethod.Get, $"v1/organizations/{Uri.EscapeDataString(orgId)}"))
        {
            existing.Headers.Authorization = header;
            var found = await SendAsync(http, existing, ct);
            if (found != HttpStatusCode.OK)
            {
                throw new ToolException(
                    $"setup: organization {orgId} could not be registered (another organization holds its source or a probe school): use another --tag");
            }
        }
        using var create = SetupHttp.Json(HttpMethod.Post, $"v1/organizations/{Uri.EscapeDataString(orgId)}/clients", new { roles = Roles }, header);
        var what = $"POST /v1/organizations/{orgId}/clients";
        var body = await SetupHttp.SendAsync(http, create, what, ct, HttpStatusCode.OK, HttpStatusCode.Created);
        var client = new AuthOptions(
            null, SetupHttp.Property(body, "clientId", what), SetupHttp.Property(body, "clientSecret", what), null, null, orgId);
        return await AccessTokenSource.CreateAsync(http, client, [], ct);
    }

    private static async Task<HttpStatusCode> SendAsync(HttpClient http, HttpRequestMessage request, CancellationToken ct)
    {
        try
        {
            using var response = await http.SendAsync(request, ct);
            return response.StatusCode;
        }
        catch (HttpRequestException e)
        {
            throw ServiceHttp.Unreachable(http.BaseAddress!, e);
        }
    }
}
