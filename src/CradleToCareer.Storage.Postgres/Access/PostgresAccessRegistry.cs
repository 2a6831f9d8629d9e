using CradleToCareer.Domain.Access;
using CradleToCareer.Application.Access;
using Npgsql;

namespace CradleToCareer.Storage.Postgres.Access;

/// <summary>
/// The durable access registry (tables <c>c2c_organization</c>, <c>c2c_organization_claim</c> and <c>c2c_client</c>).
/// Each change is a single statement, or one transaction, so concurrent hosts sharing the database cannot interleave.
/// </summary>
public sealed class PostgresAccessRegistry(NpgsqlDataSource dataSource) : IAccessRegistry
{
    private const string InsertOrganizationSql = """
        INSERT INTO c2c_organization (id, name, sources, institutions, allowed_event_types, student_portal)
        VALUES (@id, @name, @sources, @institutions, @types, @portal)
        ON CONFLICT (id) DO NOTHING
        """;

    private const string OrganizationColumns = "id, name, sources, institutions, allowed_event_types, student_portal";

    private const string ClientColumns = "client_id, organization_id, roles, secret_hash, disabled_at, secret_rotated_at";

    public async Task<OrganizationRegistration> AddOrganizationAsync(Organization organization, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var insert = new NpgsqlCommand(InsertOrganizationSql, connection, transaction))
        {
            AddOrganizationParameters(insert.Parameters, organization);
            if (await insert.ExecuteNonQueryAsync(cancellationToken) == 0)
            {
                return new OrganizationRegistration.IdTaken();
            }
        }

        var claims = OrganizationClaims.Of(organization);
        if (await ClaimAsync(connection, transaction, organization.Id, claims, cancellationToken) < claims.Count)
        {
            var held = await HeldByOthersAsync(connection, transaction, organization.Id, claims, cancellationToken);
            await transaction.RollbackAsync(cancellationToken);
            return new OrganizationRegistration.AlreadyHeld(held);
        }

        await transaction.CommitAsync(cancellationToken);
        return new OrganizationRegistration.Added();
    }

    public async Task<Organization?> GetOrganizationAsync(string organizationId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"SELECT {OrganizationColumns} FROM c2c_organization WHERE id = @id");
        command.Parameters.AddWithValue("id", organizationId);
        return (await ReadOrganizationsAsync(command, cancellationToken)).SingleOrDefault();
    }

    public async Task<IReadOnlyList<Organization>> ListOrganizationsAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"SELECT {OrganizationColumns} FROM c2c_organization ORDER BY id COLLATE \"C\"");
        return await ReadOrganizationsAsync(command, cancellationToken);
    }

    public async Task<IssuedClient?> AddClientAsync(string organizationId, IReadOnlyList<string> roles, CancellationToken cancellationToken)
    {
        var secret = ClientSecrets.Generate();
        var hash = ClientSecrets.Hash(secret);
        var client = new ClientRecord(ClientIds.New(), organizationId, [.. roles]) { SecretStamp = ClientSecrets.StampOf(hash) };
        await using var command = dataSource.CreateCommand(
            """
            INSERT INTO c2c_client (client_id, organization_id, roles, secret_hash)
            SELECT @client, id, @roles, @hash FROM c2c_organization WHERE id = @organization
            """);
        command.Parameters.AddWithValue("client", client.ClientId);
        command.Parameters.AddWithValue("organization", organizationId);
        command.Parameters.AddWithValue("roles", roles.ToArray());
        command.Parameters.AddWithValue("hash", hash);
        var inserted = await command.ExecuteNonQueryAsync(cancellationToken) == 1;
        return inserted ? new IssuedClient(client, secret) : null;
    }

    public async Task<ClientRecord?> FindClientAsync(string clientId, CancellationToken cancellationToken) =>
        (await ReadClientAsync(clientId, cancellationToken))?.Client;

    public async Task<IReadOnlyList<ClientRecord>> ListClientsAsync(string organizationId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            $"SELECT {ClientColumns} FROM c2c_client WHERE organization_id = @organization ORDER BY client_id COLLATE \"C\"");
        command.Parameters.AddWithValue("organization", organizationId);
        return [.. (await ReadClientsAsync(command, cancellationToken)).Select(stored => stored.Client)];
    }

    public async Task<ClientRecord?> VerifyAsync(string clientId, string clientSecret, CancellationToken cancellationToken)
    {
        if (await ReadClientAsync(clientId, cancellationToken) is not var (client, secretHash))
        {
            ClientSecrets.VerifyAgainstDecoy(clientSecret);
            return null;
        }

        return ClientSecrets.Verify(clientSecret, secretHash) && client.DisabledAt is null ? client : null;
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

    public async Task<ClientRecord?> DisableClientAsync(string clientId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            $"UPDATE c2c_client SET disabled_at = coalesce(disabled_at, now()) WHERE client_id = @client RETURNING {ClientColumns}");
        command.Parameters.AddWithValue("client", clientId);
        var disabled = await ReadClientsAsync(command, cancellationToken);
        return disabled.Count == 0 ? null : disabled[0].Client;
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
                disabled_at = NULL,
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

    /// <summary>Inserts the claims nobody holds yet; how many were inserted.</summary>
    private static async Task<int> ClaimAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string organizationId,
        IReadOnlyList<(ClaimKind Kind, string Value)> claims, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO c2c_organization_claim (kind, value, organization_id)
            SELECT kind, value, @organization FROM unnest(@kinds, @values) AS claim (kind, value)
            ON CONFLICT (kind, value) DO NOTHING
            """,
            connection,
            transaction);
        AddClaimParameters(command.Parameters, organizationId, claims);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<IReadOnlyList<HeldClaim>> HeldByOthersAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string organizationId,
        IReadOnlyList<(ClaimKind Kind, string Value)> claims, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            """
            SELECT held.kind, held.value, held.organization_id
            FROM c2c_organization_claim AS held
            JOIN unnest(@kinds, @values) AS wanted (kind, value) USING (kind, value)
            WHERE held.organization_id <> @organization
            ORDER BY held.kind, held.value
            """,
            connection,
            transaction);
        AddClaimParameters(command.Parameters, organizationId, claims);
        var held = new List<HeldClaim>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            held.Add(new HeldClaim(KindOf(reader.GetString(0)), reader.GetString(1), reader.GetString(2)));
        }

        return held;
    }

    private static void AddClaimParameters(
        NpgsqlParameterCollection parameters, string organizationId, IReadOnlyList<(ClaimKind Kind, string Value)> claims)
    {
        parameters.AddWithValue("organization", organizationId);
        parameters.AddWithValue("kinds", claims.Select(claim => NameOf(claim.Kind)).ToArray());
        parameters.AddWithValue("values", claims.Select(claim => claim.Value).ToArray());
    }

    private static string NameOf(ClaimKind kind) => kind == ClaimKind.Source ? "source" : "institution";

    private static ClaimKind KindOf(string name) => name == "source" ? ClaimKind.Source : ClaimKind.Institution;

    /// <summary>The client and its secret hash, read before hashing so no connection is held meanwhile.</summary>
    private async Task<(ClientRecord Client, string SecretHash)?> ReadClientAsync(string clientId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"SELECT {ClientColumns} FROM c2c_client WHERE client_id = @client");
        command.Parameters.AddWithValue("client", clientId);
        var clients = await ReadClientsAsync(command, cancellationToken);
        return clients.Count == 0 ? null : clients[0];
    }

    private static async Task<IReadOnlyList<(ClientRecord Client, string SecretHash)>> ReadClientsAsync(
        NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var clients = new List<(ClientRecord, string)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var hash = reader.GetString(3);
            clients.Add((
                new ClientRecord(reader.GetString(0), reader.GetString(1), reader.GetFieldValue<string[]>(2))
                {
                    DisabledAt = reader.IsDBNull(4) ? null : reader.GetFieldValue<DateTimeOffset>(4),
                    SecretChangedAt = reader.IsDBNull(5) ? null : reader.GetFieldValue<DateTimeOffset>(5),
                    SecretStamp = ClientSecrets.StampOf(hash),
                },
                hash));
        }

        return clients;
    }

    private static async Task<IReadOnlyList<Organization>> ReadOrganizationsAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var organizations = new List<Organization>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            organizations.Add(new Organization(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetFieldValue<string[]>(2),
                reader.GetFieldValue<string[]>(3),
                reader.GetFieldValue<string[]>(4),
                reader.GetBoolean(5)));
        }

        return organizations;
    }

    private static void AddOrganizationParameters(NpgsqlParameterCollection parameters, Organization organization)
    {
        parameters.AddWithValue("id", organization.Id);
        parameters.AddWithValue("name", organization.Name);
        parameters.AddWithValue("sources", organization.Sources.ToArray());
        parameters.AddWithValue("institutions", organization.Institutions.ToArray());
        parameters.AddWithValue("types", organization.AllowedEventTypes.ToArray());
        parameters.AddWithValue("portal", organization.StudentPortal);
    }
}
