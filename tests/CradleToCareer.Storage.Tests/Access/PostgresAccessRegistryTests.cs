using CradleToCareer.Domain.Access;
using CradleToCareer.Storage.Postgres.Access;
using CradleToCareer.Application.Access;
using CradleToCareer.Testing;
using Npgsql;

namespace CradleToCareer.Storage.Tests.Access;

[Collection(PostgresCollection.Name)]
public sealed class PostgresAccessRegistryTests(PostgresFixture postgres) : AccessRegistryContract
{
    private string _connectionString = "";
    private NpgsqlDataSource? _dataSource;

    protected override async Task<IAccessRegistry> CreateRegistryAsync()
    {
        _connectionString = await TestDatabase.CreateMigratedAsync(postgres.CreateDatabaseAsync, "access");
        _dataSource = NpgsqlDataSource.Create(_connectionString);
        return new PostgresAccessRegistry(_dataSource);
    }

    public override async Task DisposeAsync()
    {
        if (_dataSource is not null)
        {
            await _dataSource.DisposeAsync();
        }
    }

    [Fact]
    public async Task Added_client_secret_is_stored_only_as_a_hash()
    {
        await Registry.AddOrganizationAsync(SampleOrganization("org-hash"), CancellationToken.None);
        var issued = await Registry.AddClientAsync("org-hash", [Roles.Source], CancellationToken.None);
        Assert.NotNull(issued);

        var stored = await StoredHashAsync(issued.Client.ClientId);

        Assert.NotNull(stored);
        Assert.DoesNotContain(issued.ClientSecret, stored);
        Assert.StartsWith("pbkdf2-sha256$", stored);
        Assert.True(ClientSecrets.Verify(issued.ClientSecret, stored));
    }

    [Fact]
    public async Task Rotated_and_ensured_secrets_are_stored_only_as_hashes()
    {
        await Registry.EnsureClientAsync("c_admin", "configured-secret", "org-admin", [Roles.Admin], CancellationToken.None);
        var ensured = await StoredHashAsync("c_admin");
        var rotated = await Registry.RotateSecretAsync("c_admin", CancellationToken.None);
        Assert.NotNull(rotated);

        var afterRotation = await StoredHashAsync("c_admin");

        Assert.NotNull(ensured);
        Assert.NotNull(afterRotation);
        Assert.DoesNotContain("configured-secret", ensured);
        Assert.DoesNotContain(rotated, afterRotation);
        Assert.StartsWith("pbkdf2-sha256$", ensured);
        Assert.StartsWith("pbkdf2-sha256$", afterRotation);
    }

    [Fact]
    public async Task Rotation_records_when_it_happened()
    {
        await Registry.AddOrganizationAsync(SampleOrganization("org-rot"), CancellationToken.None);
        var issued = await Registry.AddClientAsync("org-rot", [Roles.Source], CancellationToken.None);
        Assert.NotNull(issued);
        Assert.Null(await RotatedAtAsync(issued.Client.ClientId));

        await Registry.RotateSecretAsync(issued.Client.ClientId, CancellationToken.None);

        Assert.NotNull(await RotatedAtAsync(issued.Client.ClientId));
    }

    [Fact]
    public async Task Ensure_with_an_unchanged_secret_leaves_the_stored_hash_alone()
    {
        await Registry.EnsureClientAsync("c_admin", "same-secret", "org-admin", [Roles.Admin], CancellationToken.None);
        var first = await StoredHashAsync("c_admin");

        await Registry.EnsureClientAsync("c_admin", "same-secret", "org-admin", [Roles.Admin], CancellationToken.None);

        Assert.Equal(first, await StoredHashAsync("c_admin"));
        Assert.Null(await RotatedAtAsync("c_admin"));
    }

    [Fact]
    public async Task Concurrent_adds_of_one_organization_id_let_exactly_one_win()
    {
        var attempts = Enumerable.Range(0, 8)
            .Select(i => Task.Run(() => Registry.AddOrganizationAsync(new Organization("org-race", $"Racer {i}", [], [], []), CancellationToken.None)));

        var results = await Task.WhenAll(attempts);

        Assert.Single(results, result => result is OrganizationRegistration.Added);
        Assert.Equal(1L, await TestDatabase.ScalarAsync<long>(_connectionString, "SELECT count(*) FROM c2c_organization WHERE id = 'org-race'"));
    }

    private Task<string?> StoredHashAsync(string clientId) =>
        TestDatabase.ScalarAsync<string>(_connectionString, "SELECT secret_hash FROM c2c_client WHERE client_id = @id", ("id", clientId));

    private Task<DateTime?> RotatedAtAsync(string clientId) =>
        TestDatabase.ScalarAsync<DateTime?>(_connectionString, "SELECT secret_rotated_at FROM c2c_client WHERE client_id = @id", ("id", clientId));
}
