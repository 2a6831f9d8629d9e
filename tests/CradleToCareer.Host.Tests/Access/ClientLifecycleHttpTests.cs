using System.Net;
using System.Text.Json.Nodes;
using CradleToCareer.Host.Tests.Infrastructure;

namespace CradleToCareer.Host.Tests.Access;

/// <summary>
/// What an admin does with organizations and clients (api.md): list and read them without a secret, keep each
/// source and institution with one organization, restrict the student portal, and end a client's tokens by
/// disabling it or giving it a new secret, within 5 seconds. Each runs on both backends; ClientRevocationTwoSiloTests
/// shows the 5 seconds hold across silos.
/// </summary>
[Collection(TwoBackendsCollection.Name)]
public sealed class ClientLifecycleHttpTests(TwoBackendsFixture backends)
{
    [Theory]
    [InlineData(TwoBackendsFixture.Embedded)]
    [InlineData(TwoBackendsFixture.Postgres)]
    public async Task Admins_list_and_read_organizations_and_clients_and_never_see_a_secret(string backend)
    {
        var service = backends.On(backend);
        var admin = await service.Anonymous.AdminTokenAsync();
        var (orgId, clientId, secret) = await ClientLifecycle.NewClientAsync(service, ["advisor"]);

        var organizations = await GetAsync(service, "/v1/organizations", admin);
        var organization = await GetAsync(service, $"/v1/organizations/{orgId}", admin);
        var clients = await GetAsync(service, $"/v1/organizations/{orgId}/clients", admin);
        var missing = await ClientLifecycle.SendAsync(service, HttpMethod.Get, "/v1/organizations/no-such-org", admin);
        var missingClients = await ClientLifecycle.SendAsync(service, HttpMethod.Get, "/v1/organizations/no-such-org/clients", admin);

        Assert.Contains(organizations.AsArray(), o => o!["id"]!.GetValue<string>() == TestTenant.OrganizationId);
        Assert.Equal(orgId, organization["id"]!.GetValue<string>());
        Assert.False(organization["studentPortal"]!.GetValue<bool>());
        var client = Assert.Single(clients.AsArray())!;
        Assert.Equal(clientId, client["clientId"]!.GetValue<string>());
        Assert.Equal(["advisor"], client["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Null(client["disabledAt"]);
        Assert.Equal(["clientId", "disabledAt", "roles", "secretChangedAt"], client.AsObject().Select(p => p.Key).Order());
        Assert.DoesNotContain(secret, clients.ToJsonString());
        Assert.DoesNotContain("pbkdf2", clients.ToJsonString());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missingClients.StatusCode);
    }

    [Theory]
    [InlineData(TwoBackendsFixture.Embedded)]
    [InlineData(TwoBackendsFixture.Postgres)]
    public async Task A_source_or_institution_another_organization_holds_is_409_naming_it_and_nothing_is_registered(string backend)
    {
        var service = backends.On(backend);
        var admin = await service.Anonymous.AdminTokenAsync();

        var response = await service.Anonymous.PostWithTokenAsync("/v1/organizations", new
        {
            id = "impostor",
            name = "Impostor",
            sources = new[] { TestEvents.NewSource(), TestEvents.LeaSource },
            institutions = new[] { TestEvents.HighSchool },
            allowedEventTypes = new[] { "c2c.k12.*" },
        }, admin);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["/institutions/0", "/sources/1"], problem["errors"]!.AsObject().Select(e => e.Key).Order());
        Assert.Contains(TestTenant.OrganizationId, problem["errors"]!["/sources/1"]![0]!.GetValue<string>());
        Assert.Contains(TestEvents.LeaSource, problem["detail"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, (await ClientLifecycle.SendAsync(service, HttpMethod.Get, "/v1/organizations/impostor", admin)).StatusCode);
    }

    [Theory]
    [InlineData(TwoBackendsFixture.Embedded)]
    [InlineData(TwoBackendsFixture.Postgres)]
    public async Task Only_an_organization_registered_as_the_student_portal_may_have_student_portal_clients(string backend)
    {
        var service = backends.On(backend);
        var admin = await service.Anonymous.AdminTokenAsync();
        var (orgId, _, _) = await ClientLifecycle.NewClientAsync(service, ["advisor"]);

        var refused = await service.Anonymous.PostWithTokenAsync(
            $"/v1/organizations/{orgId}/clients", new { roles = new[] { "advisor", "student-portal" } }, admin);
        var allowed = await service.Anonymous.PostWithTokenAsync(
            $"/v1/organizations/{TestTenant.OrganizationId}/clients", new { roles = new[] { "student-portal" } }, admin);
        var problem = JsonNode.Parse(await refused.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("studentPortal", problem["errors"]!["/roles/1"]![0]!.GetValue<string>());
        Assert.Single((await GetAsync(service, $"/v1/organizations/{orgId}/clients", admin)).AsArray());
        Assert.Equal(HttpStatusCode.Created, allowed.StatusCode);
    }

    [Theory]
    [InlineData(TwoBackendsFixture.Embedded)]
    [InlineData(TwoBackendsFixture.Postgres)]
    public async Task A_disabled_client_gets_no_token_and_its_tokens_stop_working_within_five_seconds(string backend)
    {
        var service = backends.On(backend);
        var (orgId, clientId, secret) = await ClientLifecycle.NewClientAsync(service, ["advisor"]);
        var token = await service.Anonymous.TokenAsync(clientId, secret);
        Assert.Equal(HttpStatusCode.OK, (await ClientLifecycle.SendAsync(service, HttpMethod.Get, "/v1/me", token)).StatusCode);

        var disabled = await ClientLifecycle.SendAsync(service, HttpMethod.Post, $"/v1/organizations/{orgId}/clients/{clientId}/disable", await service.Anonymous.AdminTokenAsync());
        var stoppedAfter = await ClientLifecycle.TimeUntilRefusedAsync(service, token);

        Assert.Equal(HttpStatusCode.OK, disabled.StatusCode);
        Assert.NotNull(JsonNode.Parse(await disabled.Content.ReadAsStringAsync())!["disabledAt"]);
        Assert.True(stoppedAfter < ClientLifecycle.Promised, $"the token still worked {stoppedAfter} after the disable");
        Assert.Equal(HttpStatusCode.Unauthorized, (await service.Anonymous.RequestTokenAsync(clientId, secret)).StatusCode);
    }

    [Theory]
    [InlineData(TwoBackendsFixture.Embedded)]
    [InlineData(TwoBackendsFixture.Postgres)]
    public async Task After_a_secret_rotation_tokens_of_the_old_secret_stop_working_and_those_of_the_new_one_work(string backend)
    {
        var service = backends.On(backend);
        var (orgId, clientId, secret) = await ClientLifecycle.NewClientAsync(service, ["advisor"]);
        var oldToken = await service.Anonymous.TokenAsync(clientId, secret);
        Assert.Equal(HttpStatusCode.OK, (await ClientLifecycle.SendAsync(service, HttpMethod.Get, "/v1/me", oldToken)).StatusCode);

        var rotated = await service.Anonymous.PostWithTokenAsync(
            $"/v1/organizations/{orgId}/clients/{clientId}/secret", new { }, await service.Anonymous.AdminTokenAsync());
        var newSecret = JsonNode.Parse(await rotated.Content.ReadAsStringAsync())!["clientSecret"]!.GetValue<string>();
        var newToken = await service.Anonymous.TokenAsync(clientId, newSecret);
        var stoppedAfter = await ClientLifecycle.TimeUntilRefusedAsync(service, oldToken);

        Assert.True(stoppedAfter < ClientLifecycle.Promised, $"the old token still worked {stoppedAfter} after the rotation");
        Assert.Equal(HttpStatusCode.OK, (await ClientLifecycle.SendAsync(service, HttpMethod.Get, "/v1/me", newToken)).StatusCode);
    }

    private static async Task<JsonNode> GetAsync(ServiceUnderTest service, string path, string token)
    {
        var response = await ClientLifecycle.SendAsync(service, HttpMethod.Get, path, token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }
}
