using CradleToCareer.Domain.Access;
using CradleToCareer.Application.Access;

namespace CradleToCareer.Storage.Tests.Access;

/// <summary>The behaviour every <see cref="IAccessRegistry"/> shares; each implementation runs it through a subclass.</summary>
public abstract partial class AccessRegistryContract : IAsyncLifetime
{
    protected static readonly CancellationToken None = CancellationToken.None;
    private IAccessRegistry? _registry;

    protected IAccessRegistry Registry => _registry ?? throw new InvalidOperationException("The registry is not created yet.");

    protected abstract Task<IAccessRegistry> CreateRegistryAsync();

    public async Task InitializeAsync() => _registry = await CreateRegistryAsync();

    public virtual Task DisposeAsync() => Task.CompletedTask;

    protected static Organization SampleOrganization(string id) => new(
        id,
        "Valley Unified School District",
        ["https://sis.valley.example/events", "https://lms.valley.example/events"],
        ["cds:19647331931765", "cds:19647330000000"],
        ["c2c.k12.*", "c2c.finaid.application.submitted"]);

    [Fact]
    public async Task Added_organization_reads_back_with_every_field()
    {
        var organization = SampleOrganization("org-valley");

        Assert.IsType<OrganizationRegistration.Added>(await Registry.AddOrganizationAsync(organization, None));

        var stored = await Registry.GetOrganizationAsync("org-valley", None);
        Assert.NotNull(stored);
        Assert.Equal(organization.Id, stored.Id);
        Assert.Equal(organization.Name, stored.Name);
        Assert.Equal(organization.Sources, stored.Sources);
        Assert.Equal(organization.Institutions, stored.Institutions);
        Assert.Equal(organization.AllowedEventTypes, stored.AllowedEventTypes);
        Assert.False(stored.StudentPortal);
        Assert.True((await Registry.AddOrganizationAsync(new Organization("org-portal", "Portal", [], [], [], StudentPortal: true), None)) is OrganizationRegistration.Added);
        Assert.True((await Registry.GetOrganizationAsync("org-portal", None))?.StudentPortal);
    }

    [Fact]
    public async Task Unknown_organization_reads_as_null()
    {
        Assert.Null(await Registry.GetOrganizationAsync("org-missing", None));
    }

    [Fact]
    public async Task Duplicate_organization_id_is_refused_and_changes_nothing()
    {
        await Registry.AddOrganizationAsync(SampleOrganization("org-dup"), None);

        var added = await Registry.AddOrganizationAsync(new Organization("org-dup", "Impostor", [], [], []), None);

        Assert.IsType<OrganizationRegistration.IdTaken>(added);
        Assert.Equal("Valley Unified School District", (await Registry.GetOrganizationAsync("org-dup", None))?.Name);
    }

    [Fact]
    public async Task Organization_with_empty_lists_round_trips()
    {
        await Registry.AddOrganizationAsync(new Organization("org-empty", "Empty", [], [], []), None);

        var stored = await Registry.GetOrganizationAsync("org-empty", None);

        Assert.NotNull(stored);
        Assert.Empty(stored.Sources);
        Assert.Empty(stored.Institutions);
        Assert.Empty(stored.AllowedEventTypes);
    }

    [Fact]
    public async Task Client_for_unknown_organization_is_not_created()
    {
        Assert.Null(await Registry.AddClientAsync("org-missing", [Roles.Source], None));
    }

    [Fact]
    public async Task Added_client_verifies_with_its_secret()
    {
        await Registry.AddOrganizationAsync(SampleOrganization("org-a"), None);

        var issued = await Registry.AddClientAsync("org-a", [Roles.Source, Roles.Advisor], None);

        Assert.NotNull(issued);
        Assert.StartsWith("c_", issued.Client.ClientId);
        Assert.Equal("org-a", issued.Client.OrganizationId);
        Assert.Equal([Roles.Source, Roles.Advisor], issued.Client.Roles);
        var verified = await Registry.VerifyAsync(issued.Client.ClientId, issued.ClientSecret, None);
        Assert.NotNull(verified);
        Assert.Equal(issued.Client.ClientId, verified.ClientId);
        Assert.Equal("org-a", verified.OrganizationId);
        Assert.Equal([Roles.Source, Roles.Advisor], verified.Roles);
    }

    [Fact]
    public async Task Each_added_client_gets_its_own_id_and_secret()
    {
        await Registry.AddOrganizationAsync(SampleOrganization("org-b"), None);

        var first = await Registry.AddClientAsync("org-b", [Roles.College], None);
        var second = await Registry.AddClientAsync("org-b", [Roles.College], None);

        Assert.NotEqual(first?.Client.ClientId, second?.Client.ClientId);
        Assert.NotEqual(first?.ClientSecret, second?.ClientSecret);
    }

    [Fact]
    public async Task Find_returns_the_client_by_id_and_null_for_an_unknown_id()
    {
        await Registry.AddOrganizationAsync(SampleOrganization("org-find"), None);
        var issued = await Registry.AddClientAsync("org-find", [Roles.Researcher], None);
        Assert.NotNull(issued);

        var found = await Registry.FindClientAsync(issued.Client.ClientId, None);

        Assert.NotNull(found);
        Assert.Equal("org-find", found.OrganizationId);
        Assert.Equal([Roles.Researcher], found.Roles);
        Assert.Null(await Registry.FindClientAsync(ClientIds.New(), None));
    }

    [Fact]
    public async Task Wrong_secret_and_unknown_id_both_fail_verification()
    {
        await Registry.AddOrganizationAsync(SampleOrganization("org-c"), None);
        var issued = await Registry.AddClientAsync("org-c", [Roles.Subscriber], None);
        Assert.NotNull(issued);

        Assert.Null(await Registry.VerifyAsync(issued.Client.ClientId, issued.ClientSecret + "x", None));
        Assert.Null(await Registry.VerifyAsync(issued.Client.ClientId, "", None));
        Assert.Null(await Registry.VerifyAsync(ClientIds.New(), issued.ClientSecret, None));
    }

    [Fact]
    public async Task Rotation_issues_a_new_secret_and_the_old_one_stops_working()
    {
        await Registry.AddOrganizationAsync(SampleOrganization("org-d"), None);
        var issued = await Registry.AddClientAsync("org-d", [Roles.Steward], None);
        Assert.NotNull(issued);

        var rotated = await Registry.RotateSecretAsync(issued.Client.ClientId, None);

        Assert.NotNull(rotated);
        Assert.NotEqual(issued.ClientSecret, rotated);
        Assert.Null(await Registry.VerifyAsync(issued.Client.ClientId, issued.ClientSecret, None));
        Assert.Equal(issued.Client.ClientId, (await Registry.VerifyAsync(issued.Client.ClientId, rotated, None))?.ClientId);
    }

    [Fact]
    public async Task Rotating_an_unknown_client_returns_null()
    {
        Assert.Null(await Registry.RotateSecretAsync(ClientIds.New(), None));
    }

    [Fact]
    public async Task Ensure_creates_the_client_and_its_missing_organization()
    {
        await Registry.EnsureClientAsync("c_admin", "first-secret", "org-admin", [Roles.Admin], None);

        var verified = await Registry.VerifyAsync("c_admin", "first-secret", None);
        Assert.NotNull(verified);
        Assert.Equal("org-admin", verified.OrganizationId);
        Assert.Equal([Roles.Admin], verified.Roles);
        var organization = await Registry.GetOrganizationAsync("org-admin", None);
        Assert.NotNull(organization);
        Assert.Equal("org-admin", organization.Name);
    }

    [Fact]
    public async Task Ensure_twice_with_the_same_values_is_idempotent()
    {
        await Registry.EnsureClientAsync("c_admin", "same-secret", "org-admin", [Roles.Admin], None);
        await Registry.EnsureClientAsync("c_admin", "same-secret", "org-admin", [Roles.Admin], None);

        var verified = await Registry.VerifyAsync("c_admin", "same-secret", None);
        Assert.Equal(new[] { Roles.Admin }, verified?.Roles);
        Assert.NotNull(await Registry.GetOrganizationAsync("org-admin", None));
    }

    [Fact]
    public async Task Ensure_replaces_the_secret_and_the_roles()
    {
        await Registry.EnsureClientAsync("c_admin", "old-secret", "org-admin", [Roles.Admin], None);

        await Registry.EnsureClientAsync("c_admin", "new-secret", "org-admin", [Roles.Admin, Roles.Steward], None);

        Assert.Null(await Registry.VerifyAsync("c_admin", "old-secret", None));
        Assert.Equal(new[] { Roles.Admin, Roles.Steward }, (await Registry.VerifyAsync("c_admin", "new-secret", None))?.Roles);
    }

    [Fact]
    public async Task Ensure_keeps_an_existing_organization_as_it_is()
    {
        await Registry.AddOrganizationAsync(SampleOrganization("org-existing"), None);

        await Registry.EnsureClientAsync("c_ops", "ops-secret", "org-existing", [Roles.Admin], None);

        Assert.Equal("Valley Unified School District", (await Registry.GetOrganizationAsync("org-existing", None))?.Name);
        Assert.Equal("org-existing", (await Registry.VerifyAsync("c_ops", "ops-secret", None))?.OrganizationId);
    }

    [Fact]
    public async Task Rotation_works_for_an_ensured_client()
    {
        await Registry.EnsureClientAsync("c_admin", "configured", "org-admin", [Roles.Admin], None);

        var rotated = await Registry.RotateSecretAsync("c_admin", None);

        Assert.NotNull(rotated);
        Assert.Null(await Registry.VerifyAsync("c_admin", "configured", None));
        Assert.NotNull(await Registry.VerifyAsync("c_admin", rotated, None));
    }
}
