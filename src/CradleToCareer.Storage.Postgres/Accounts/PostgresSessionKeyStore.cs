using System.Text;
using CradleToCareer.Application.Access.Signing;
using CradleToCareer.Application.Accounts;
using Npgsql;

namespace CradleToCareer.Storage.Postgres.Accounts;

/// <summary>
/// The session cookie keys (<c>c2c_data_protection_key</c>), sealed at rest with the key-encryption key like the
/// signing keys, so a copy of the database does not open anyone's session.
/// </summary>
public sealed class PostgresSessionKeyStore(NpgsqlDataSource dataSource, byte[] keyEncryptionKey) : ISessionKeyStore
{
    private readonly PrivateKeyProtector _protector = new(keyEncryptionKey, "c2c session keys/");

    public IReadOnlyList<string> LoadAll()
    {
        using var command = dataSource.CreateCommand("SELECT name, sealed_xml FROM c2c_data_protection_key ORDER BY stored_at, name");
        using var reader = command.ExecuteReader();
        var keys = new List<string>();
        while (reader.Read())
        {
            keys.Add(Encoding.UTF8.GetString(_protector.Open(reader.GetString(0), reader.GetFieldValue<byte[]>(1))));
        }

        return keys;
    }

    public void Store(string name, string xml)
    {
        using var command = dataSource.CreateCommand(
            "INSERT INTO c2c_data_protection_key (name, sealed_xml) VALUES (@name, @sealed) ON CONFLICT (name) DO NOTHING");
        command.Parameters.AddWithValue("name", name);
        command.Parameters.AddWithValue("sealed", _protector.Seal(name, Encoding.UTF8.GetBytes(xml)));
        command.ExecuteNonQuery();
    }
}
