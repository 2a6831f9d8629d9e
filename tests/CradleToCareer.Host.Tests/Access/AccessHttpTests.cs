using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CradleToCareer.Host.Tests.Infrastructure;

namespace CradleToCareer.Host.Tests.Access;

/// <summary>Organizations, clients and tokens over a real Kestrel port.</summary>
public sealed class AccessHttpTests(EmbeddedServiceFixture service) : IClassFixture<EmbeddedServiceFixture>
{
    private HttpClient Http => service.Anonymous;

    [Fact]
    public async Task The_bootstrap_admin_gets_a_short_lived_bearer_token_that_is_not_cached()
    {
        var response = await Http.RequestTokenAsync(ServiceUnderTest.AdminClientId, ServiceUnderTest.AdminSecret);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Bearer", body["token_type"]!.GetValue<string>());
        Assert.InRange(body["expires_in"]!.GetValue<int>(), 60, 3600);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        var claims = Payload(body["access_token"]!.GetValue<string>());
        Assert.Equal(ServiceUnderTest.AdminClientId, claims["client_id"]!.GetValue<string>());
        Assert.Contains("admin", claims["role"]!.ToJsonString());
    }

    [Theory]
    [InlineData("client_credentials", "wrong-secret", HttpStatusCode.Unauthorized, "invalid_client")]
    [InlineData("password", ServiceUnderTest.AdminSecret, HttpStatusCode.BadRequest, "unsupported_grant_type")]
    [InlineData("", ServiceUnderTest.AdminSecret, HttpStatusCode.BadRequest, "invalid_request")]
    public async Task Token_errors_follow_rfc_6749_inside_problem_details(string grantType, string secret, HttpStatusCode status, string error)
    {
        var response = await Http.PostAsync("/oauth/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = grantType,
            ["client_id"] = ServiceUnderTest.AdminClientId,
            ["client_secret"] = secret,
        }));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(error, body["error"]!.GetValue<string>());
        Assert.DoesNotContain(secret, body.ToJsonString());
    }

    [Fact]
    public async Task An_admin_registers_an_organization_and_a_client_that_can_get_tokens_for_its_roles()
    {
        var admin = await Http.AdminTokenAsync();
        var orgId = "district-" + Guid.NewGuid().ToString("N")[..8];

        var created = await Http.PostWithTokenAsync("/v1/organizations", Organization(orgId), admin);
        var again = await Http.PostWithTokenAsync("/v1/organizations", Organization(orgId), admin);
        var client = await Http.PostWithTokenAsync($"/v1/organizations/{orgId}/clients", new { roles = new[] { "source", "advisor" } }, admin);
        var credentials = JsonNode.Parse(await client.Content.ReadAsStringAsync())!;
        var token = await Http.TokenAsync(credentials["clientId"]!.GetValue<string>(), credentials["clientSecret"]!.GetValue<string>(), scope: "source");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal($"/v1/organizations/{orgId}", created.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(HttpStatusCode.Created, client.StatusCode);
        var claims = Payload(token);
        Assert.Equal(orgId, claims["org"]!.GetValue<string>());
        Assert.Contains("source", claims["role"]!.ToJsonString());
        Assert.DoesNotContain("advisor", claims["role"]!.ToJsonString());
    }

    [Fact]
    public async Task Admin_routes_refuse_no_token_a_bad_token_and_a_token_without_the_admin_role()
    {
        var (clientId, secret) = await NewClientAsync("advisor");
        var advisor = await Http.TokenAsync(clientId, secret);

        var none = await Http.PostWithTokenAsync("/v1/organizations", Organization("nobody"), null);
        var forged = await Http.PostWithTokenAsync("/v1/organizations", Organization("nobody"), advisor[..^4] + "AAAA");
        var wrongRole = await Http.PostWithTokenAsync("/v1/organizations", Organization("nobody"), advisor);

        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, wrongRole.StatusCode);
        Assert.Equal("application/problem+json", wrongRole.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Problems_the_framework_raises_still_say_what_was_wrong_and_where()
    {
        var admin = await Http.AdminTokenAsync();
        using var torn = new HttpRequestMessage(HttpMethod.Post, "/v1/organizations")
        {
            Content = new StringContent("{ \"id\": \"x\", ", Encoding.UTF8, "application/json"),
        };
        torn.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", admin);

        var unreadable = await Http.SendAsync(torn);
        var noToken = await Http.GetAsync("/v1/consents");

        Assert.Equal(HttpStatusCode.BadRequest, unreadable.StatusCode);
        Assert.Contains("line 1", JsonNode.Parse(await unreadable.Content.ReadAsStringAsync())!["detail"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Unauthorized, noToken.StatusCode);
        Assert.Contains("bearer token", JsonNode.Parse(await noToken.Content.ReadAsStringAsync())!["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_scope_naming_a_role_the_client_lacks_is_invalid_scope()
    {
        var (clientId, secret) = await NewClientAsync("advisor");

        var response = await Http.RequestTokenAsync(clientId, secret, scope: "admin");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid_scope", JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task Rotating_a_secret_stops_the_old_one_at_once()
    {
        var (clientId, secret) = await NewClientAsync("subscriber", orgId: "rotating");
        var admin = await Http.AdminTokenAsync();

        var rotated = await Http.PostWithTokenAsync($"/v1/organizations/rotating/clients/{clientId}/secret", new { }, admin);
        var newSecret = JsonNode.Parse(await rotated.Content.ReadAsStringAsync())!["clientSecret"]!.GetValue<string>();

        Assert.Equal(HttpStatusCode.OK, rotated.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Http.RequestTokenAsync(clientId, secret)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Http.RequestTokenAsync(clientId, newSecret)).StatusCode);
    }

    [Fact]
    public async Task After_a_key_rotation_new_tokens_name_the_new_key_and_old_tokens_still_work()
    {
        var (clientId, secret) = await NewClientAsync("student-portal");
        var before = await Http.TokenAsync(clientId, secret);
        var admin = await Http.AdminTokenAsync();

        var rotated = await Http.PostWithTokenAsync("/v1/signing-keys/rotate", new { }, admin);
        var keyId = JsonNode.Parse(await rotated.Content.ReadAsStringAsync())!["keyId"]!.GetValue<string>();
        var after = await Http.TokenAsync(clientId, secret);

        Assert.Equal(HttpStatusCode.OK, rotated.StatusCode);
        Assert.Equal(keyId, Header(after)["kid"]!.GetValue<string>());
        Assert.NotEqual(keyId, Header(before)["kid"]!.GetValue<string>());
        foreach (var token in new[] { before, after })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/students/p_" + new string('0', 32));
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
            Assert.Equal(HttpStatusCode.NotFound, (await Http.SendAsync(request)).StatusCode);
        }
    }

    [Fact]
    public async Task Invalid_organizations_and_clients_get_errors_keyed_by_json_pointer()
    {
        var admin = await Http.AdminTokenAsync();

        var organization = await Http.PostWithTokenAsync("/v1/organizations", new
        {
            id = "Bad Id",
            name = "x",
            sources = new[] { "not a uri" },
            institutions = new[] { "cds:1" },
            allowedEventTypes = new[] { "c2c.nothing.*" },
        }, admin);
        var client = await Http.PostWithTokenAsync("/v1/organizations/anything/clients", new { roles = new[] { "root" } }, admin);
        var errors = JsonNode.Parse(await organization.Content.ReadAsStringAsync())!["errors"]!.AsObject();

        Assert.Equal(HttpStatusCode.BadRequest, organization.StatusCode);
        Assert.Equal(["/allowedEventTypes/0", "/id", "/institutions/0", "/sources/0"], errors.Select(e => e.Key).Order());
        Assert.Equal(HttpStatusCode.BadRequest, client.StatusCode);
        Assert.NotNull(JsonNode.Parse(await client.Content.ReadAsStringAsync())!["errors"]!["/roles/0"]);
    }

    private async Task<(string ClientId, string Secret)> NewClientAsync(string role, string? orgId = null)
    {
        var admin = await Http.AdminTokenAsync();
        orgId ??= "org-" + Guid.NewGuid().ToString("N")[..8];
        await Http.PostWithTokenAsync("/v1/organizations", Organization(orgId, studentPortal: role == "student-portal"), admin);
        var response = await Http.PostWithTokenAsync($"/v1/organizations/{orgId}/clients", new { roles = new[] { role } }, admin);
        var credentials = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return (credentials["clientId"]!.GetValue<string>(), credentials["clientSecret"]!.GetValue<string>());
    }

    private static object Organization(string id, bool studentPortal = false) => new
    {
        id,
        name = "Lincoln Unified",
        sources = new[] { $"urn:c2c:source:lea:{id}" },
        institutions = new[] { TestEvents.NewSchool() },
        allowedEventTypes = new[] { "c2c.k12.*", "c2c.correction.retracted" },
        studentPortal,
    };

    private static JsonNode Header(string jwt) => Part(jwt, 0);

    private static JsonNode Payload(string jwt) => Part(jwt, 1);

    private static JsonNode Part(string jwt, int index)
    {
        var part = jwt.Split('.')[index].Replace('-', '+').Replace('_', '/');
        return JsonNode.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(part.PadRight(part.Length + (4 - part.Length % 4) % 4, '='))))!;
    }
}
