using System.Security.Cryptography;
using Npgsql;
using NpgsqlTypes;

namespace CradleToCareer.Storage.Access.Signing;

/// <summary>
/// The durable key store (table <c>c2c_signing_key</c>), shared by every silo. Private keys are encrypted
/// with AES-GCM under <paramref name="keyEncryptionKey"/> (32 bytes) before they leave the process.
/// </summary>
public sealed class PostgresSigningKeyStore(NpgsqlDataSource dataSource, byte[] keyEncryptionKey) : ISigningKeyStore
{
    private readonly PrivateKeyProtector _protector = new(keyEncryptionKey);

    /// <exception cref="SigningKeyDecryptionException">A stored key does not decrypt under the configured key-encryption key.</exception>
    public async Task<IReadOnlyList<StoredSigningKey>> LoadAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            """
            SELECT key_id, encrypted_private_key, created_at, retired_at
            FROM c2c_signing_key
            ORDER BY created_at DESC, key_id COLLATE "C"
            """);
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
        await using var command = dataSource.CreateCommand(
            """
            INSERT INTO c2c_signing_key (key_id, public_key, encrypted_private_key, created_at, retired_at)
            VALUES (@id, @public, @private, @created, @retired)
            ON CONFLICT (key_id) DO NOTHING
            """);
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
        await using var command = dataSource.CreateCommand(
            "UPDATE c2c_signing_key SET retired_at = @at WHERE key_id = @id AND retired_at IS NULL");
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
