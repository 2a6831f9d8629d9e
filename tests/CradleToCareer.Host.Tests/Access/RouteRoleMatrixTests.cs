using System.Net;
using System.Net.Http.Headers;
using System.Text;
using CradleToCareer.Host.Tests.Infrastructure;

namespace CradleToCareer.Host.Tests.Access;

/// <summary>
/// Every protected route called with no token and with a token of each role: 401 without a token,
/// 403 for a role the route does not admit, and past authorization (any other status) for the roles it does.
/// </summary>
public sealed class RouteRoleMatrixTests(EmbeddedServiceFixture service) : IClassFixture<EmbeddedServiceFixture>
{
    private static readonly string[] AllRoles = ["admin", "source", "college", "advisor", "subscriber", "student-portal", "steward", "researcher"];
    private static readonly string[] NonAdmin = [.. AllRoles.Where(role => role != "admin")];
    private static readonly string Person = "p_" + new string('0', 32);
    private const string MatrixSchool = "cds:00000000000001";

    public static TheoryData<string, string, string?, string[]> Routes => new()
    {
        { "POST", "/v1/organizations", "{}", ["admin"] },
        { "POST", "/v1/organizations/matrix/clients", "{}", ["admin"] },
        { "POST", "/v1/organizations/matrix/clients/c_none/secret", "{}", ["admin"] },
        { "GET", "/v1/organizations", null, ["admin"] },
        { "GET", "/v1/organizations/matrix", null, ["admin"] },
        { "GET", "/v1/organizations/matrix/clients", null, ["admin"] },
        { "POST", "/v1/organizations/matrix/clients/c_none/disable", null, ["admin"] },
        { "POST", "/v1/organizations/matrix/accounts", "{}", ["admin"] },
        { "GET", "/v1/organizations/matrix/accounts", null, ["admin"] },
        { "POST", "/v1/organizations/matrix/accounts/acct_none/disable", null, ["admin"] },
        { "POST", $"/v1/students/{Person}/activation-codes", "{}", ["student-portal", "source", "college", "advisor"] },
        { "POST", "/v1/signing-keys/rotate", "{}", ["admin"] },
        { "POST", "/v1/events", "[]", ["source"] },
        { "POST", "/v1/imports", "{}", ["source"] },
        { "GET", "/v1/imports", null, ["source"] },
        { "GET", $"/v1/imports/imp_{new string('0', 32)}", null, ["source"] },
        { "GET", $"/v1/imports/imp_{new string('0', 32)}/results", null, ["source"] },
        { "GET", $"/v1/students/{Person}", null, ["student-portal"] },
        { "POST", $"/v1/students/{Person}/consents", "{}", ["student-portal"] },
        { "GET", $"/v1/students/{Person}/consents", null, ["student-portal"] },
        { "DELETE", $"/v1/students/{Person}/consents/c_none", null, ["student-portal"] },
        { "GET", $"/v1/students/{Person}/disclosures", null, ["student-portal"] },
        { "GET", $"/v1/students/{Person}/progress", null, ["advisor", "college"] },
        { "POST", $"/v1/students/{Person}/transcripts", "{}", ["college"] },
        { "GET", $"/v1/transcripts/t_{new string('0', 32)}", null, ["college"] },
        { "POST", "/v1/transcript-keys/rotate", "{}", ["admin"] },
        { "POST", "/v1/transcript-requests", "{}", ["college"] },
        { "GET", "/v1/transcript-requests", null, ["college"] },
        { "GET", $"/v1/transcript-requests/tr_{new string('0', 32)}", null, ["college"] },
        { "DELETE", $"/v1/transcript-requests/tr_{new string('0', 32)}", null, ["college"] },
        { "GET", $"/v1/transcript-requests/tr_{new string('0', 32)}/response", null, ["college"] },
        { "POST", $"/v1/transcript-requests/tr_{new string('0', 32)}/acknowledgement", "{}", ["college"] },
        { "GET", "/v1/me", null, AllRoles },
        { "POST", "/v1/subscriptions", "{}", ["subscriber", "advisor"] },
        { "GET", $"/v1/subscriptions/s_{new string('0', 32)}", null, ["subscriber", "advisor"] },
        { "GET", $"/v1/subscriptions/s_{new string('0', 32)}/deliveries", null, ["subscriber", "advisor"] },
        { "DELETE", $"/v1/subscriptions/s_{new string('0', 32)}", null, ["subscriber", "advisor"] },
        { "GET", "/v1/alerts/stream", null, ["subscriber", "advisor"] },
        { "POST", "/v1/students:resolve", "{}", ["college", "advisor", "subscriber", "student-portal"] },
        { "GET", "/v1/consents", null, NonAdmin },
        { "GET", $"/v1/institutions/{MatrixSchool}", null, AllRoles },
        { "GET", $"/v1/institutions/{MatrixSchool}/outcomes", null, AllRoles },
        { "POST", "/v1/research/projects", "{}", ["admin"] },
        { "GET", "/v1/research/projects", null, ["admin", "researcher"] },
        { "GET", "/v1/research/projects/none", null, ["admin", "researcher"] },
        { "POST", "/v1/research/projects/none/extracts", null, ["researcher"] },
        { "GET", "/v1/research/projects/none/extracts", null, ["admin", "researcher"] },
        { "GET", $"/v1/research/projects/none/extracts/x_{new string('0', 32)}", null, ["admin", "researcher"] },
        { "GET", $"/v1/research/projects/none/extracts/x_{new string('0', 32)}/file", null, ["researcher"] },
        { "GET", "/v1/identity/reviews", null, ["steward"] },
        { "POST", "/v1/identity/reviews/r_none/dismiss", null, ["steward"] },
        { "POST", "/v1/identity/merges", "{}", ["steward"] },
        { "POST", "/v1/identity/merges/m_none/undo", null, ["steward"] },
    };

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Each_route_admits_exactly_its_roles(string method, string path, string? body, string[] admitted)
    {
        var tokens = await TokensAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, await SendAsync(method, path, body, null));
        foreach (var role in AllRoles)
        {
            var status = await SendAsync(method, path, body, tokens[role]);
            if (admitted.Contains(role))
            {
                Assert.True(status is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden), $"{role} should pass {method} {path}, got {(int)status}");
            }
            else
            {
                Assert.True(status == HttpStatusCode.Forbidden, $"{role} should get 403 on {method} {path}, got {(int)status}");
            }
        }
    }

    /// <summary>The status only: the headers are enough, and a live stream never ends by itself.</summary>
    private async Task<HttpStatusCode> SendAsync(string method, string path, string? body, string? token)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, body.StartsWith('[') ? "application/cloudevents-batch+json" : "application/json");
        }

        using var response = await service.Anonymous.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        return response.StatusCode;
    }

    /// <summary>One client per role, all in one organization that speaks for a school of its own.</summary>
    private async Task<Dictionary<string, string>> TokensAsync()
    {
        var tokens = new Dictionary<string, string>();
        foreach (var role in AllRoles)
        {
            (_, tokens[role]) = await service.Anonymous.NewClientTokenAsync(
                [role], orgId: "matrix", sources: ["urn:c2c:source:matrix"], institutions: [MatrixSchool], allowedEventTypes: ["c2c.k12.*"], studentPortal: true);
        }

        return tokens;
    }
}
