using CradleToCareer.Application.Access.Signing;
using System.Security.Cryptography;
using Npgsql;
using NpgsqlTypes;

namespace CradleToCareer.Storage.Postgres.Access.Signing;

/// <summary>
/// The durable key store of one ring (<see cref="SigningKeyTable"/>), shared by every silo. Private keys are encrypted
/// with AES-GCM under the key-encryption key (32 bytes) before they leave the process.
/// </summary>
public sealed class PostgresSigningKeyStore : ISigningKeyStore
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly PrivateKeyProtector _protector;
    private readonly string _loadSql;
    private readonly string _addSql;
    private readonly string _retireSql;

    /// <summary>The access-token ring's store (table <c>c2c_signing_key</c>).</summary>
    public PostgresSigningKeyStore(NpgsqlDataSource dataSource, byte[] keyEncryptionKey)
        : this(dataSource, keyEncryptionKey, SigningKeyTable.AccessTokens)
    {
    }

    /// <summary>The store of the ring kept in <paramref name="table"/>.</summary>
    public PostgresSigningKeyStore(NpgsqlDataSource dataSource, byte[] keyEncryptionKey, SigningKeyTable table)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        var layout = SigningKeyTableLayout.For(table);
        _dataSource = dataSource;
        _protector = new PrivateKeyProtector(keyEncryptionKey, layout.AssociatedDataPrefix);
        _loadSql = $"""
            SELECT key_id, encrypted_private_key, created_at, retired_at
            FROM {layout.TableName}
            ORDER BY created_at DESC, key_id COLLATE "C"
            """;
        _addSql = $"""
            INSERT INTO {layout.TableName} (key_id, public_key, encrypted_private_key, created_at, retired_at)
            VALUES (@id, @public, @private, @created, @retired)
            ON CONFLICT (key_id) DO NOTHING
            """;
        _retireSql = $"UPDATE {layout.TableName} SET retired_at = @at WHERE key_id = @id AND retired_at IS NULL";
    }

    /// <exception cref="SigningKeyDecryptionException">A stored key does not decrypt under the configured key-encryption key.</exception>
    public async Task<IReadOnlyList<StoredSigningKey>> LoadAsync(CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand(_loadSql);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var keys = new List<StoredSigningKey>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var keyId = reader.GetString(0);
            keys.Add(new StoredSigningKey(
                keyId,
                _protector.Open(keyId, reader.GetFieldValue<byte[]>(1)),
                reader.GetFieldValue<DateTimeOffset>(2),
                reader.IsDBNull(3) ? null : reader.GetFieldValue<DateTimeOffset>(3)));
        }

        return keys;
    }

    public async Task AddAsync(StoredSigningKey key, CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand(_addSql);
        command.Parameters.AddWithValue("id", key.KeyId);
        command.Parameters.AddWithValue("public", PublicKeyOf(key.PrivateKeyPkcs8));
        command.Parameters.AddWithValue("private", _protector.Seal(key.KeyId, key.PrivateKeyPkcs8));
        command.Parameters.AddWithValue("created", key.CreatedAt.ToUniversalTime());
        command.Parameters.Add(new NpgsqlParameter("retired", NpgsqlDbType.TimestampTz)
        {
            Value = (object?)key.RetiredAt?.ToUniversalTime() ?? DBNull.Value,
        });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task RetireAsync(string keyId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand(_retireSql);
        command.Parameters.AddWithValue("id", keyId);
        command.Parameters.AddWithValue("at", at.ToUniversalTime());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static byte[] PublicKeyOf(byte[] privateKeyPkcs8)
    {
        using var ecdsa = ECDsa.Create();
        ecdsa.ImportPkcs8PrivateKey(privateKeyPkcs8, out _);
        return ecdsa.ExportSubjectPublicKeyInfo();
    }
}
