using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using CradleToCareer.Host.Tests.Infrastructure;
using CradleToCareer.Testing;

namespace CradleToCareer.Host.Tests.Access;

/// <summary>
/// What an admin does with organizations and clients (api.md): list and read them without a secret, keep each
/// source and institution with one organization, restrict the student portal, and end a client's tokens by
/// disabling it or giving it a new secret, within 5 seconds on every silo. Each runs on both backends.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class ClientLifecycleHttpTests(PostgresFixture postgres)
{
    private static readonly TimeSpan Promised = TimeSpan.FromSeconds(5);

    [Theory]
    [InlineData(Backends.Embedded)]
    [InlineData(Backends.Postgres)]
    public async Task Admins_list_and_read_organizations_and_clients_and_never_see_a_secret(string backend)
    {
        await using var service = await Backends.StartAsync(backend, postgres);
        var admin = await service.Anonymous.AdminTokenAsync();
        var (orgId, clientId, secret) = await NewClientAsync(service, ["advisor"]);

        var organizations = await GetAsync(service, "/v1/organizations", admin);
        var organization = await GetAsync(service, $"/v1/organizations/{orgId}", admin);
        var clients = await GetAsync(service, $"/v1/organizations/{orgId}/clients", admin);
        var missing = await SendAsync(service, HttpMethod.Get, "/v1/organizations/no-such-org", admin);
        var missingClients = await SendAsync(service, HttpMethod.Get, "/v1/organizations/no-such-org/clients", admin);

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
    [InlineData(Backends.Embedded)]
    [InlineData(Backends.Postgres)]
    public async Task A_source_or_institution_another_organization_holds_is_409_naming_it_and_nothing_is_registered(string backend)
    {
        await using var service = await Backends.StartAsync(backend, postgres);
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
        Assert.Equal(HttpStatusCode.NotFound, (await SendAsync(service, HttpMethod.Get, "/v1/organizations/impostor", admin)).StatusCode);
    }

    [Theory]
    [InlineData(Backends.Embedded)]
    [InlineData(Backends.Postgres)]
    public async Task Only_an_organization_registered_as_the_student_portal_may_have_student_portal_clients(string backend)
    {
        await using var service = await Backends.StartAsync(backend, postgres);
        var admin = await service.Anonymous.AdminTokenAsync();
        var (orgId, _, _) = await NewClientAsync(service, ["advisor"]);

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
    [InlineData(Backends.Embedded)]
    [InlineData(Backends.Postgres)]
    public async Task A_disabled_client_gets_no_token_and_its_tokens_stop_working_within_five_seconds(string backend)
    {
        await using var service = await Backends.StartAsync(backend, postgres);
        var (orgId, clientId, secret) = await NewClientAsync(service, ["advisor"]);
        var token = await service.Anonymous.TokenAsync(clientId, secret);
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(service, HttpMethod.Get, "/v1/me", token)).StatusCode);

        var disabled = await SendAsync(service, HttpMethod.Post, $"/v1/organizations/{orgId}/clients/{clientId}/disable", await service.Anonymous.AdminTokenAsync());
        var stoppedAfter = await TimeUntilRefusedAsync(service, token);

        Assert.Equal(HttpStatusCode.OK, disabled.StatusCode);
        Assert.NotNull(JsonNode.Parse(await disabled.Content.ReadAsStringAsync())!["disabledAt"]);
        Assert.True(stoppedAfter < Promised, $"the token still worked {stoppedAfter} after the disable");
        Assert.Equal(HttpStatusCode.Unauthorized, (await service.Anonymous.RequestTokenAsync(clientId, secret)).StatusCode);
    }

    [Theory]
    [InlineData(Backends.Embedded)]
    [InlineData(Backends.Postgres)]
    public async Task After_a_secret_rotation_tokens_of_the_old_secret_stop_working_and_those_of_the_new_one_work(string backend)
    {
        await using var service = await Backends.StartAsync(backend, postgres);
        var (orgId, clientId, secret) = await NewClientAsync(service, ["advisor"]);
        var oldToken = await service.Anonymous.TokenAsync(clientId, secret);
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(service, HttpMethod.Get, "/v1/me", oldToken)).StatusCode);

        var rotated = await service.Anonymous.PostWithTokenAsync(
            $"/v1/organizations/{orgId}/clients/{clientId}/secret", new { }, await service.Anonymous.AdminTokenAsync());
        var newSecret = JsonNode.Parse(await rotated.Content.ReadAsStringAsync())!["clientSecret"]!.GetValue<string>();
        var newToken = await service.Anonymous.TokenAsync(clientId, newSecret);
        var stoppedAfter = await TimeUntilRefusedAsync(service, oldToken);

        Assert.True(stoppedAfter < Promised, $"the old token still worked {stoppedAfter} after the rotation");
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(service, HttpMethod.Get, "/v1/me", newToken)).StatusCode);
    }

    [Fact]
    public async Task On_two_silos_a_disable_or_a_rotation_on_one_ends_the_tokens_used_on_the_other_within_five_seconds()
    {
        var database = await postgres.CreateDatabaseAsync("revocation");
        var cluster = "C2C:Cluster:ClusterId=revocation";
        await using var first = await ServiceUnderTest.StartAsync(database, cluster);
        await using var second = await ServiceUnderTest.StartAsync(database, cluster);
        var admin = await first.Anonymous.AdminTokenAsync();
        var (orgId, disabledId, disabledSecret) = await NewClientAsync(first, ["advisor"]);
        var (_, rotatedId, rotatedSecret) = await NewClientAsync(first, ["advisor"], orgId);
        var disabledToken = await first.Anonymous.TokenAsync(disabledId, disabledSecret);
        var rotatedToken = await first.Anonymous.TokenAsync(rotatedId, rotatedSecret);
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(second, HttpMethod.Get, "/v1/me", disabledToken)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(second, HttpMethod.Get, "/v1/me", rotatedToken)).StatusCode);

        await SendAsync(first, HttpMethod.Post, $"/v1/organizations/{orgId}/clients/{disabledId}/disable", admin);
        await first.Anonymous.PostWithTokenAsync($"/v1/organizations/{orgId}/clients/{rotatedId}/secret", new { }, admin);
        var disabledStopped = await TimeUntilRefusedAsync(second, disabledToken);
        var rotatedStopped = await TimeUntilRefusedAsync(second, rotatedToken);

        Assert.True(disabledStopped < Promised, $"the disabled client's token still worked on the other silo after {disabledStopped}");
        Assert.True(rotatedStopped < Promised, $"the rotated client's token still worked on the other silo after {rotatedStopped}");
        Assert.Equal(HttpStatusCode.Unauthorized, (await second.Anonymous.RequestTokenAsync(disabledId, disabledSecret)).StatusCode);
    }

    /// <summary>
    /// How long after now the token is first refused, asking every 100 ms; a little over the promise when it is
    /// still accepted then, so the assertion fails with the measured time.
    /// </summary>
    private static async Task<TimeSpan> TimeUntilRefusedAsync(ServiceUnderTest service, string token)
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

    private static async Task<(string OrgId, string ClientId, string Secret)> NewClientAsync(
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

    private static async Task<JsonNode> GetAsync(ServiceUnderTest service, string path, string token)
    {
        var response = await SendAsync(service, HttpMethod.Get, path, token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private static async Task<HttpResponseMessage> SendAsync(ServiceUnderTest service, HttpMethod method, string path, string? token)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = token is null ? null : new AuthenticationHeaderValue("Bearer", token);
        return await service.Anonymous.SendAsync(request);
    }
}
