using CradleToCareer.Domain.Access;
using CradleToCareer.Application.Access;
using Npgsql;

namespace CradleToCareer.Storage.Postgres.Access;

/// <summary>
/// The durable access registry (tables <c>c2c_organization</c> and <c>c2c_client</c>). Each change is a
/// single statement, or one transaction, so concurrent hosts sharing the database cannot interleave.
/// </summary>
public sealed class PostgresAccessRegistry(NpgsqlDataSource dataSource) : IAccessRegistry
{
    private const string InsertOrganizationSql = """
        INSERT INTO c2c_organization (id, name, sources, institutions, allowed_event_types)
        VALUES (@id, @name, @sources, @institutions, @types)
        ON CONFLICT (id) DO NOTHING
        """;

    public async Task<bool> AddOrganizationAsync(Organization organization, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(InsertOrganizationSql);
        AddOrganizationParameters(command.Parameters, organization);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<Organization?> GetOrganizationAsync(string organizationId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT id, name, sources, institutions, allowed_event_types FROM c2c_organization WHERE id = @id");
        command.Parameters.AddWithValue("id", organizationId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return new Organization(
            reader.GetString(0),
            reader.GetString(1),
            reader.GetFieldValue<string[]>(2),
            reader.GetFieldValue<string[]>(3),
            reader.GetFieldValue<string[]>(4));
    }

    public async Task<IssuedClient?> AddClientAsync(string organizationId, IReadOnlyList<string> roles, CancellationToken cancellationToken)
    {
        var client = new ClientRecord(ClientIds.New(), organizationId, [.. roles]);
        var secret = ClientSecrets.Generate();
        await using var command = dataSource.CreateCommand(
            """
            INSERT INTO c2c_client (client_id, organization_id, roles, secret_hash)
            SELECT @client, id, @roles, @hash FROM c2c_organization WHERE id = @organization
            """);
        command.Parameters.AddWithValue("client", client.ClientId);
        command.Parameters.AddWithValue("organization", organizationId);
        command.Parameters.AddWithValue("roles", roles.ToArray());
        command.Parameters.AddWithValue("hash", ClientSecrets.Hash(secret));
        var inserted = await command.ExecuteNonQueryAsync(cancellationToken) == 1;
        return inserted ? new IssuedClient(client, secret) : null;
    }

    public async Task<ClientRecord?> FindClientAsync(string clientId, CancellationToken cancellationToken) =>
        (await ReadClientAsync(clientId, cancellationToken))?.Client;

    public async Task<ClientRecord?> VerifyAsync(string clientId, string clientSecret, CancellationToken cancellationToken)
    {
        if (await ReadClientAsync(clientId, cancellationToken) is not var (client, secretHash))
        {
            ClientSecrets.VerifyAgainstDecoy(clientSecret);
            return null;
        }

        return ClientSecrets.Verify(clientSecret, secretHash) ? client : null;
    }

    public async Task<string?> RotateSecretAsync(string clientId, CancellationToken cancellationToken)
    {
        var secret = ClientSecrets.Generate();
        await using var command = dataSource.CreateCommand(
            "UPDATE c2c_client SET secret_hash = @hash, secret_rotated_at = now() WHERE client_id = @client");
        command.Parameters.AddWithValue("client", clientId);
        command.Parameters.AddWithValue("hash", ClientSecrets.Hash(secret));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1 ? secret : null;
    }

    public async Task EnsureClientAsync(
        string clientId, string clientSecret, string organizationId, IReadOnlyList<string> roles, CancellationToken cancellationToken)
    {
        var current = await ReadClientAsync(clientId, cancellationToken);
        var hash = ClientBootstrap.HashFor(current?.SecretHash, clientSecret);

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var batch = new NpgsqlBatch(connection, transaction);
        var organization = new NpgsqlBatchCommand(InsertOrganizationSql);
        AddOrganizationParameters(organization.Parameters, ClientBootstrap.Organization(organizationId));
        var client = new NpgsqlBatchCommand(
            """
            INSERT INTO c2c_client (client_id, organization_id, roles, secret_hash)
            VALUES (@client, @organization, @roles, @hash)
            ON CONFLICT (client_id) DO UPDATE SET
                roles = excluded.roles,
                secret_hash = excluded.secret_hash,
                secret_rotated_at = CASE WHEN c2c_client.secret_hash = excluded.secret_hash
                                         THEN c2c_client.secret_rotated_at ELSE now() END
            """);
        client.Parameters.AddWithValue("client", clientId);
        client.Parameters.AddWithValue("organization", organizationId);
        client.Parameters.AddWithValue("roles", roles.ToArray());
        client.Parameters.AddWithValue("hash", hash);
        batch.BatchCommands.Add(organization);
        batch.BatchCommands.Add(client);
        await batch.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The client and its secret hash, read before hashing so no connection is held meanwhile.</summary>
    private async Task<(ClientRecord Client, string SecretHash)?> ReadClientAsync(string clientId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT organization_id, roles, secret_hash FROM c2c_client WHERE client_id = @client");
        command.Parameters.AddWithValue("client", clientId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return (new ClientRecord(clientId, reader.GetString(0), reader.GetFieldValue<string[]>(1)), reader.GetString(2));
    }

    private static void AddOrganizationParameters(NpgsqlParameterCollection parameters, Organization organization)
    {
        parameters.AddWithValue("id", organization.Id);
        parameters.AddWithValue("name", organization.Name);
        parameters.AddWithValue("sources", organization.Sources.ToArray());
        parameters.AddWithValue("institutions", organization.Institutions.ToArray());
        parameters.AddWithValue("types", organization.AllowedEventTypes.ToArray());
    }
}
