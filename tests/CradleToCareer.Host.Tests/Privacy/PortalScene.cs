using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CradleToCareer.Host.Tests.Infrastructure;
using CradleToCareer.Testing;

namespace CradleToCareer.Host.Tests.Privacy;

/// <summary>
/// A service on one backend (embedded, or a throwaway PostgreSQL database), a student in it, and a second student
/// portal client of the test tenant that names a student session on every request.
/// </summary>
public sealed class PortalScene : IAsyncDisposable
{
    public const string Embedded = "embedded";
    public const string Postgres = "postgresql";
    public const string SessionHeader = "C2C-Student-Session";

    private PortalScene(ServiceUnderTest service, string ssid, string personId, HttpClient portal, string portalClientId)
    {
        Service = service;
        Ssid = ssid;
        PersonId = personId;
        Portal = portal;
        PortalClientId = portalClientId;
    }

    public ServiceUnderTest Service { get; }

    public string Ssid { get; }

    public string PersonId { get; }

    /// <summary>The second portal client; it sends no session header unless a request adds one.</summary>
    public HttpClient Portal { get; }

    public string PortalClientId { get; }

    public static async Task<PortalScene> StartAsync(string backend, PostgresFixture postgres)
    {
        var service = await ServiceUnderTest.StartAsync(backend == Postgres ? await postgres.CreateDatabaseAsync("portal") : null);
        var ssid = TestEvents.NewSsid();
        var personId = (await service.Http.PostSingleAsync(TestEvents.Course("portal-" + ssid, ssid))).PersonId();
        var (_, token) = await service.Anonymous.NewClientTokenAsync(["student-portal"], orgId: TestTenant.OrganizationId);
        var portal = TestTenant.Authenticated(service.Http.BaseAddress!, token);
        var clientId = (await portal.GetJsonAsync("/v1/me"))["clientId"]!.GetValue<string>();
        return new PortalScene(service, ssid, personId, portal, clientId);
    }

    /// <summary>A request of the second portal client, in the student session when one is given.</summary>
    public Task<HttpResponseMessage> AsPortalAsync(HttpMethod method, string path, string? session, object? body = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        if (session is not null)
        {
            request.Headers.Add(SessionHeader, session);
        }

        return Portal.SendAsync(request);
    }

    /// <summary>The disclosure record's entries, read by the tenant's own portal client (that read is recorded for the next).</summary>
    public async Task<JsonArray> EntriesAsync() =>
        (await Service.Http.GetJsonAsync($"/v1/students/{PersonId}/disclosures"))["entries"]!.AsArray();

    public ValueTask DisposeAsync() => Service.DisposeAsync();
}
