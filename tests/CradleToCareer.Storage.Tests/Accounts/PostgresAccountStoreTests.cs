using CradleToCareer.Application.Accounts;
using CradleToCareer.Storage.Postgres.Accounts;
using CradleToCareer.Testing;
using Npgsql;

namespace CradleToCareer.Storage.Tests.Accounts;

[Collection(PostgresCollection.Name)]
public sealed class PostgresAccountStoreTests(PostgresFixture postgres) : AccountStoreContract
{
    private static readonly byte[] KeyEncryptionKey = [.. Enumerable.Range(1, 32).Select(i => (byte)i)];

    private string? _connectionString;
    private NpgsqlDataSource? _dataSource;

    protected override async Task<IAccountStore> CreateAsync()
    {
        _connectionString = await TestDatabase.CreateMigratedAsync(postgres.CreateDatabaseAsync, "accounts");
        _dataSource = NpgsqlDataSource.Create(_connectionString);
        return new PostgresAccountStore(_dataSource);
    }

    [Fact]
    public async Task Session_keys_are_kept_sealed_and_read_back_in_the_order_they_were_stored()
    {
        var keys = new PostgresSessionKeyStore(_dataSource!, KeyEncryptionKey);

        keys.Store("key-b", "<key id=\"b\"><secret>one</secret></key>");
        keys.Store("key-a", "<key id=\"a\"><secret>two</secret></key>");
        keys.Store("key-a", "<key id=\"a\"><secret>replaced</secret></key>");

        Assert.Equal(["<key id=\"b\"><secret>one</secret></key>", "<key id=\"a\"><secret>two</secret></key>"], keys.LoadAll());
        var sealedBytes = (await TestDatabase.ScalarAsync<byte[]>(_connectionString!, "SELECT sealed_xml FROM c2c_data_protection_key WHERE name = 'key-b'"))!;
        Assert.DoesNotContain("secret", System.Text.Encoding.UTF8.GetString(sealedBytes), StringComparison.Ordinal);
        Assert.Throws<CradleToCareer.Application.Access.Signing.SigningKeyDecryptionException>(
            () => new PostgresSessionKeyStore(_dataSource!, [.. Enumerable.Range(2, 32).Select(i => (byte)i)]).LoadAll());
    }

    public override async Task DisposeAsync()
    {
        if (_dataSource is not null)
        {
            await _dataSource.DisposeAsync();
        }
    }
}
