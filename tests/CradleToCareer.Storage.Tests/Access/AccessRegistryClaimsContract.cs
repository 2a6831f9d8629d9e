using CradleToCareer.Application.Access;
using CradleToCareer.Domain.Access;

namespace CradleToCareer.Storage.Tests.Access;

/// <summary>
/// The registry's part of the contract added for issue 13: a source or institution belongs to one organization,
/// admins list organizations and clients, and a disabled client gets no token. Run on both backends.
/// </summary>
public abstract partial class AccessRegistryContract
{
    [Fact]
    public async Task A_source_or_institution_held_by_another_organization_is_refused_naming_the_holder_and_nothing_changes()
    {
        await Registry.AddOrganizationAsync(SampleOrganization("org-first"), None);
        var rival = new Organization(
            "org-rival", "Rival", ["urn:c2c:source:rival", "https://lms.valley.example/events"], ["cds:19647330000000"], ["c2c.k12.*"]);

        var registration = await Registry.AddOrganizationAsync(rival, None);

        var held = Assert.IsType<OrganizationRegistration.AlreadyHeld>(registration);
        Assert.Equal(
            [
                new HeldClaim(ClaimKind.Source, "https://lms.valley.example/events", "org-first"),
                new HeldClaim(ClaimKind.Institution, "cds:19647330000000", "org-first"),
            ],
            held.Claims.OrderBy(claim => claim.Kind));
        Assert.Null(await Registry.GetOrganizationAsync("org-rival", None));
        var free = rival with { Sources = ["urn:c2c:source:rival"], Institutions = [] };
        Assert.IsType<OrganizationRegistration.Added>(await Registry.AddOrganizationAsync(free, None));
    }

    [Fact]
    public async Task A_refused_registration_claims_nothing()
    {
        await Registry.AddOrganizationAsync(new Organization("org-holder", "Holder", ["urn:c2c:source:held"], [], []), None);
        var refused = new Organization("org-greedy", "Greedy", ["urn:c2c:source:held", "urn:c2c:source:free"], ["cds:11111111111111"], []);
        Assert.IsType<OrganizationRegistration.AlreadyHeld>(await Registry.AddOrganizationAsync(refused, None));

        var later = new Organization("org-later", "Later", ["urn:c2c:source:free"], ["cds:11111111111111"], []);

        Assert.IsType<OrganizationRegistration.Added>(await Registry.AddOrganizationAsync(later, None));
    }

    [Fact]
    public async Task Concurrent_registrations_of_one_source_let_exactly_one_organization_hold_it()
    {
        var attempts = Enumerable.Range(0, 8).Select(i => Task.Run(() =>
            Registry.AddOrganizationAsync(new Organization($"org-racer-{i}", "Racer", ["urn:c2c:source:contested"], [], []), None)));

        var results = await Task.WhenAll(attempts);

        Assert.Single(results, result => result is OrganizationRegistration.Added);
        Assert.Single(await Registry.ListOrganizationsAsync(None), organization => organization.Sources.Contains("urn:c2c:source:contested"));
    }

    [Fact]
    public async Task Organizations_and_their_clients_are_listed_in_id_order()
    {
        await Registry.AddOrganizationAsync(new Organization("org-b-list", "B", [], [], []), None);
        await Registry.AddOrganizationAsync(new Organization("org-a-list", "A", [], [], []), None);
        var first = await Registry.AddClientAsync("org-a-list", [Roles.Source], None);
        var second = await Registry.AddClientAsync("org-a-list", [Roles.Advisor], None);
        await Registry.AddClientAsync("org-b-list", [Roles.College], None);

        var organizations = await Registry.ListOrganizationsAsync(None);
        var clients = await Registry.ListClientsAsync("org-a-list", None);

        Assert.Equal(["org-a-list", "org-b-list"], organizations.Select(organization => organization.Id));
        Assert.Equal(
            new[] { first!.Client.ClientId, second!.Client.ClientId }.Order(StringComparer.Ordinal),
            clients.Select(client => client.ClientId));
        Assert.Empty(await Registry.ListClientsAsync("org-missing", None));
    }

    [Fact]
    public async Task A_disabled_client_no_longer_verifies_and_disabling_again_keeps_the_first_time()
    {
        await Registry.AddOrganizationAsync(SampleOrganization("org-off"), None);
        var issued = await Registry.AddClientAsync("org-off", [Roles.Source], None);
        Assert.NotNull(issued);

        var disabled = await Registry.DisableClientAsync(issued.Client.ClientId, None);
        var again = await Registry.DisableClientAsync(issued.Client.ClientId, None);

        Assert.NotNull(disabled?.DisabledAt);
        Assert.Equal(disabled.DisabledAt, again?.DisabledAt);
        Assert.Null(await Registry.VerifyAsync(issued.Client.ClientId, issued.ClientSecret, None));
        Assert.Equal(disabled.DisabledAt, (await Registry.FindClientAsync(issued.Client.ClientId, None))?.DisabledAt);
        Assert.Null(await Registry.DisableClientAsync(ClientIds.New(), None));
    }

    [Fact]
    public async Task Every_new_secret_gets_a_new_stamp_and_the_change_is_recorded()
    {
        await Registry.AddOrganizationAsync(SampleOrganization("org-stamp"), None);
        var issued = await Registry.AddClientAsync("org-stamp", [Roles.Source], None);
        Assert.NotNull(issued);
        var before = await Registry.FindClientAsync(issued.Client.ClientId, None);

        var secret = await Registry.RotateSecretAsync(issued.Client.ClientId, None);

        var after = await Registry.FindClientAsync(issued.Client.ClientId, None);
        Assert.Equal(issued.Client.SecretStamp, before?.SecretStamp);
        Assert.Null(before?.SecretChangedAt);
        Assert.NotEqual(before?.SecretStamp, after?.SecretStamp);
        Assert.NotNull(after?.SecretChangedAt);
        Assert.Equal(after?.SecretStamp, (await Registry.VerifyAsync(issued.Client.ClientId, secret!, None))?.SecretStamp);
    }

    [Fact]
    public async Task Ensure_enables_a_disabled_bootstrap_client_again_and_keeps_its_stamp_while_the_secret_is_unchanged()
    {
        await Registry.EnsureClientAsync("c_boot", "boot-secret", "org-boot", [Roles.Admin], None);
        var stamp = (await Registry.FindClientAsync("c_boot", None))?.SecretStamp;
        await Registry.DisableClientAsync("c_boot", None);

        await Registry.EnsureClientAsync("c_boot", "boot-secret", "org-boot", [Roles.Admin], None);

        var verified = await Registry.VerifyAsync("c_boot", "boot-secret", None);
        Assert.Null(verified?.DisabledAt);
        Assert.Equal(stamp, verified?.SecretStamp);
    }
}
