using CradleToCareer.Storage.Postgres.Access.Signing;
using System.Security.Cryptography;
using CradleToCareer.Application.Access.Signing;
using CradleToCareer.Testing;
using Npgsql;

namespace CradleToCareer.Storage.Tests.Access.Signing;

/// <summary>The contract on PostgreSQL, and what only the durable store does: encryption at rest, several silos.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresSigningKeyStoreTests(PostgresFixture postgres) : SigningKeyStoreContract
{
    private readonly byte[] _keyEncryptionKey = RandomNumberGenerator.GetBytes(32);
    private NpgsqlDataSource? _dataSource;

    protected override async Task<ISigningKeyStore> CreateStoreAsync()
    {
        _dataSource = await DataSourceAsync("signing_contract");
        return new PostgresSigningKeyStore(_dataSource, _keyEncryptionKey);
    }

    protected override ISigningKeyStore Reopened() =>
        new PostgresSigningKeyStore(_dataSource ?? throw new InvalidOperationException("The store is not created yet."), _keyEncryptionKey);

    public override async Task DisposeAsync()
    {
        if (_dataSource is not null)
        {
            await _dataSource.DisposeAsync();
        }
    }

    [Fact]
    public async Task The_private_key_is_stored_encrypted_and_the_public_key_in_clear()
    {
        var connectionString = await TestDatabase.CreateMigratedAsync(postgres.CreateDatabaseAsync, "signing_at_rest");
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        var key = NewKey("k_secret", Created);
        await new PostgresSigningKeyStore(dataSource, _keyEncryptionKey).AddAsync(key, CancellationToken.None);

        var stored = await TestDatabase.ScalarAsync<byte[]>(
            connectionString, "SELECT encrypted_private_key FROM c2c_signing_key WHERE key_id = 'k_secret'");
        var publicKey = await TestDatabase.ScalarAsync<byte[]>(
            connectionString, "SELECT public_key FROM c2c_signing_key WHERE key_id = 'k_secret'");

        Assert.NotNull(stored);
        Assert.Equal(-1, stored.AsSpan().IndexOf(key.PrivateKeyPkcs8));
        Assert.Equal(-1, stored.AsSpan().IndexOf(PrivateScalarOf(key)));
        Assert.Equal(PublicKeyOf(key), publicKey);
    }

    [Fact]
    public async Task A_wrong_key_encryption_key_fails_to_load_with_a_clear_error()
    {
        await using var dataSource = await DataSourceAsync("signing_wrong_kek");
        await new PostgresSigningKeyStore(dataSource, _keyEncryptionKey).AddAsync(NewKey("k_locked", Created), CancellationToken.None);
        var wrongStore = new PostgresSigningKeyStore(dataSource, RandomNumberGenerator.GetBytes(32));

        var error = await Assert.ThrowsAsync<SigningKeyDecryptionException>(() => wrongStore.LoadAsync(CancellationToken.None));

        Assert.Equal("k_locked", error.KeyId);
        Assert.Contains("k_locked", error.Message);
        Assert.Contains("encryption key", error.Message);
    }

    [Fact]
    public async Task A_key_encryption_key_of_the_wrong_size_is_refused()
    {
        await using var dataSource = await DataSourceAsync("signing_short_kek");

        var error = Assert.Throws<ArgumentException>(() => new PostgresSigningKeyStore(dataSource, new byte[16]));

        Assert.Contains("32 bytes", error.Message);
    }

    [Fact]
    public async Task Silos_initializing_together_end_with_one_key_each_can_load()
    {
        await using var dataSource = await DataSourceAsync("signing_two_silos");
        var clock = FakeClock.AtRealNow();
        var silos = Enumerable.Range(0, 4)
            .Select(_ => new SigningKeyRing(new PostgresSigningKeyStore(dataSource, _keyEncryptionKey), clock))
            .ToList();

        await Task.WhenAll(silos.Select(silo => Task.Run(() => silo.InitializeAsync(CancellationToken.None))));

        var stored = Assert.Single(await new PostgresSigningKeyStore(dataSource, _keyEncryptionKey).LoadAsync(CancellationToken.None));
        Assert.All(silos, silo => Assert.Equal(stored.KeyId, silo.Current.Key.KeyId));
        var (token, _) = new AccessTokenIssuer(silos[0], clock, TokenValidation.Issuer, TokenValidation.Audience, TimeSpan.FromMinutes(5))
            .Issue(new AccessTokenClaims("client_1", "org_1", ["admin"], []));
        Assert.True((await TokenValidation.ValidateAsync(token, silos[^1].ValidationKeys)).IsValid);
    }

    [Fact]
    public async Task A_rotation_on_one_silo_is_seen_by_another_after_refresh()
    {
        await using var dataSource = await DataSourceAsync("signing_rotate");
        var clock = FakeClock.AtRealNow();
        var first = new SigningKeyRing(new PostgresSigningKeyStore(dataSource, _keyEncryptionKey), clock);
        var second = new SigningKeyRing(new PostgresSigningKeyStore(dataSource, _keyEncryptionKey), clock);
        await first.InitializeAsync(CancellationToken.None);
        await second.InitializeAsync(CancellationToken.None);
        var previousKeyId = first.Current.Key.KeyId;

        await first.RotateAsync(CancellationToken.None);
        await second.RefreshAsync(CancellationToken.None);

        Assert.NotEqual(previousKeyId, second.Current.Key.KeyId);
        Assert.Equal(first.Current.Key.KeyId, second.Current.Key.KeyId);
        Assert.Equal(
            [first.Current.Key.KeyId, previousKeyId],
            second.ValidationKeys.Select(key => key.KeyId));
    }

    private async Task<NpgsqlDataSource> DataSourceAsync(string prefix) =>
        NpgsqlDataSource.Create(await TestDatabase.CreateMigratedAsync(postgres.CreateDatabaseAsync, prefix));

    private static byte[] PrivateScalarOf(StoredSigningKey key)
    {
        using var ecdsa = ECDsa.Create();
        ecdsa.ImportPkcs8PrivateKey(key.PrivateKeyPkcs8, out _);
        return ecdsa.ExportParameters(includePrivateParameters: true).D!;
    }

    private static byte[] PublicKeyOf(StoredSigningKey key)
    {
        using var ecdsa = ECDsa.Create();
        ecdsa.ImportPkcs8PrivateKey(key.PrivateKeyPkcs8, out _);
        return ecdsa.ExportSubjectPublicKeyInfo();
    }
}
