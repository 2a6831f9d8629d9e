using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CradleToCareer.LoadTool.Cli;
using CradleToCareer.LoadTool.Generation;

namespace CradleToCareer.LoadTool.Http;

/// <summary>Supplies the Authorization header, renewing client-credentials tokens a minute before they expire.</summary>
public sealed class AccessTokenSource
{
    private static readonly string[] EventFamilies =
        ["c2c.k12.*", "c2c.postsecondary.*", "c2c.finaid.*", "c2c.workforce.*", "c2c.socialservices.*", "c2c.correction.*"];

    private readonly HttpClient _http;
    private readonly string? _clientId;
    private readonly string? _clientSecret;
    private readonly SemaphoreSlim _renewal = new(1, 1);
    private AuthenticationHeaderValue? _header;
    private DateTime _renewAt = DateTime.MaxValue;

    private AccessTokenSource(HttpClient http, string? clientId, string? clientSecret, string? token)
    {
        _http = http;
        _clientId = clientId;
        _clientSecret = clientSecret;
        _header = token is null ? null : new AuthenticationHeaderValue("Bearer", token);
    }

    /// <summary>Sets up authentication; with admin credentials it registers the organization and a client with <paramref name="roles"/>.</summary>
    public static async Task<AccessTokenSource> CreateAsync(HttpClient http, AuthOptions auth, string[] roles, CancellationToken ct)
    {
        if (auth.Token is not null || (auth.ClientId is null && auth.AdminClientId is null))
        {
            return new AccessTokenSource(http, null, null, auth.Token);
        }
        if (auth.ClientId is not null)
        {
            var source = new AccessTokenSource(http, auth.ClientId, Require(auth.ClientSecret, "--client-secret"), null);
            await source.RenewAsync(ct);
            return source;
        }
        var admin = new AccessTokenSource(http, auth.AdminClientId, Require(auth.AdminClientSecret, "--admin-client-secret"), null);
        var adminHeader = await admin.HeaderAsync(ct);
        await RegisterOrganizationAsync(http, adminHeader, auth.OrgId, roles.Contains("student-portal"), ct);
        var (clientId, clientSecret) = await CreateClientAsync(http, adminHeader, auth.OrgId, roles, ct);
        var own = new AccessTokenSource(http, clientId, clientSecret, null);
        await own.RenewAsync(ct);
        return own;
    }

    public async ValueTask<AuthenticationHeaderValue?> HeaderAsync(CancellationToken ct)
    {
        if (_clientId is not null && (_header is null || DateTime.UtcNow >= _renewAt))
        {
            await RenewAsync(ct);
        }
        return _header;
    }

    private async Task RenewAsync(CancellationToken ct)
    {
        await _renewal.WaitAsync(ct);
        try
        {
            if (_header is not null && DateTime.UtcNow < _renewAt)
            {
                return;
            }
            using var form = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials",
                ["client_id"] = _clientId!,
                ["client_secret"] = _clientSecret!,
            });
            using var response = await Send(() => _http.PostAsync("oauth/token", form, ct));
            var body = await Expect(response, "POST /oauth/token", ct, HttpStatusCode.OK);
            using var json = JsonDocument.Parse(body);
            var token = json.RootElement.GetProperty("access_token").GetString()
                ?? throw new ToolException("POST /oauth/token: the response has no access_token");
            var lifetime = json.RootElement.TryGetProperty("expires_in", out var e) && e.TryGetInt32(out var seconds) ? seconds : 3600;
            _header = new AuthenticationHeaderValue("Bearer", token);
            _renewAt = DateTime.UtcNow.AddSeconds(Math.Max(lifetime - 60, lifetime / 2));
        }
        finally
        {
            _renewal.Release();
        }
    }

    /// <summary>
    /// Registers the feeds' organization (as the student portal when its client needs that role). A 409 is fine when
    /// an earlier run registered this organization; when another organization holds the feeds, the tool stops and says so.
    /// </summary>
    private static async Task RegisterOrganizationAsync(
        HttpClient http, AuthenticationHeaderValue? admin, string orgId, bool studentPortal, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "v1/organizations")
        {
            Content = JsonContent.Create(new
            {
                id = orgId,
                name = "Load test feeds (synthetic data)",
                sources = PlaceCatalog.AllSources().ToArray(),
                institutions = PlaceCatalog.AllInstitutionIds().ToArray(),
                allowedEventTypes = EventFamilies,
                studentPortal,
            }),
        };
        request.Headers.Authorization = admin;
        using var response = await Send(() => http.SendAsync(request, ct));
        var body = await Expect(response, "POST /v1/organizations", ct, HttpStatusCode.OK, HttpStatusCode.Created, HttpStatusCode.Conflict);
        if (response.StatusCode == HttpStatusCode.Conflict)
        {
            using var existing = new HttpRequestMessage(HttpMethod.Get, $"v1/organizations/{Uri.EscapeDataString(orgId)}");
            existing.Headers.Authorization = admin;
            using var found = await Send(() => http.SendAsync(existing, ct));
            await Expect(found, $"POST /v1/organizations answered 409 ({ServiceHttp.Snippet(body)}); GET /v1/organizations/{orgId}", ct, HttpStatusCode.OK);
        }
    }

    private static async Task<(string Id, string Secret)> CreateClientAsync(
        HttpClient http, AuthenticationHeaderValue? admin, string orgId, string[] roles, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"v1/organizations/{Uri.EscapeDataString(orgId)}/clients")
        {
            Content = JsonContent.Create(new { roles }),
        };
        request.Headers.Authorization = admin;
        using var response = await Send(() => http.SendAsync(request, ct));
        var body = await Expect(response, "POST /v1/organizations/{orgId}/clients", ct, HttpStatusCode.OK, HttpStatusCode.Created);
        using var json = JsonDocument.Parse(body);
        return (json.RootElement.GetProperty("clientId").GetString()!, json.RootElement.GetProperty("clientSecret").GetString()!);
    }

    private static async Task<HttpResponseMessage> Send(Func<Task<HttpResponseMessage>> send)
    {
        try
        {
            return await send();
        }
        catch (HttpRequestException e)
        {
            throw new ToolException($"cannot reach the service: {e.Message}", e);
        }
    }

    private static async Task<byte[]> Expect(HttpResponseMessage response, string what, CancellationToken ct, params HttpStatusCode[] expected)
    {
        var body = await response.Content.ReadAsByteArrayAsync(ct);
        return expected.Contains(response.StatusCode)
            ? body
            : throw new ToolException($"{what} answered {(int)response.StatusCode} {response.ReasonPhrase}: {ServiceHttp.Snippet(body)}");
    }

    private static string Require(string? value, string option) =>
        value ?? throw new ToolException($"{option} is required with the matching client id");
}
