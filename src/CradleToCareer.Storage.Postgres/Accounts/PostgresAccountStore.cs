using CradleToCareer.Application.Accounts;
using Npgsql;

namespace CradleToCareer.Storage.Postgres.Accounts;

/// <summary>Web accounts (<c>c2c_web_account</c>) and activation codes (<c>c2c_activation_code</c>).</summary>
public sealed class PostgresAccountStore(NpgsqlDataSource dataSource) : IAccountStore
{
    private const string Columns =
        "account_id, kind, username, password_hash, organization_id, roles, person_id, created_at, disabled_at";

    private const string InsertAccount =
        $"""
        INSERT INTO c2c_web_account ({Columns})
        VALUES (@id, @kind, @username, @hash, @organization, @roles, @person, @created, NULL)
        ON CONFLICT (username) DO NOTHING
        """;

    public async Task<AccountAdded> AddAsync(WebAccount account, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(InsertAccount);
        BindAccount(command, account);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1 ? AccountAdded.Added : AccountAdded.UsernameTaken;
    }

    public async Task<AccountAdded> RedeemAsync(string codeHash, WebAccount account, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var insert = new NpgsqlCommand(InsertAccount, connection, transaction))
        {
            BindAccount(insert, account);
            if (await insert.ExecuteNonQueryAsync(cancellationToken) == 0)
            {
                return AccountAdded.UsernameTaken;
            }
        }

        await using (var use = new NpgsqlCommand(
            """
            UPDATE c2c_activation_code SET used_at = @now, account_id = @account
            WHERE code_hash = @hash AND used_at IS NULL AND expires_at > @now
            """,
            connection,
            transaction))
        {
            use.Parameters.AddWithValue("now", now.ToUniversalTime());
            use.Parameters.AddWithValue("account", account.AccountId);
            use.Parameters.AddWithValue("hash", codeHash);
            if (await use.ExecuteNonQueryAsync(cancellationToken) == 0)
            {
                return AccountAdded.CodeNotValid;
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return AccountAdded.Added;
    }

    public Task<WebAccount?> FindAsync(string accountId, CancellationToken cancellationToken) =>
        FindOneAsync("account_id", accountId, cancellationToken);

    public Task<WebAccount?> FindByUsernameAsync(string username, CancellationToken cancellationToken) =>
        FindOneAsync("username", username, cancellationToken);

    public async Task<IReadOnlyList<WebAccount>> ListStaffAsync(string organizationId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            $"SELECT {Columns} FROM c2c_web_account WHERE kind = 'staff' AND organization_id = @organization ORDER BY username COLLATE \"C\"");
        command.Parameters.AddWithValue("organization", organizationId);
        return await ReadAccountsAsync(command, cancellationToken);
    }

    public async Task<WebAccount?> DisableAsync(string accountId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            $"UPDATE c2c_web_account SET disabled_at = coalesce(disabled_at, @at) WHERE account_id = @id RETURNING {Columns}");
        command.Parameters.AddWithValue("at", at.ToUniversalTime());
        command.Parameters.AddWithValue("id", accountId);
        return (await ReadAccountsAsync(command, cancellationToken)) is [var account] ? account : null;
    }

    public async Task AddCodeAsync(ActivationCode code, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            """
            INSERT INTO c2c_activation_code
                (code_hash, person_id, kind, issued_by_client_id, issued_by_organization_id, issued_at, expires_at)
            VALUES (@hash, @person, @kind, @client, @organization, @issued, @expires)
            """);
        command.Parameters.AddWithValue("hash", code.CodeHash);
        command.Parameters.AddWithValue("person", code.PersonId);
        command.Parameters.AddWithValue("kind", code.Kind);
        command.Parameters.AddWithValue("client", code.IssuedByClientId);
        command.Parameters.AddWithValue("organization", code.IssuedByOrganizationId);
        command.Parameters.AddWithValue("issued", code.IssuedAt.ToUniversalTime());
        command.Parameters.AddWithValue("expires", code.ExpiresAt.ToUniversalTime());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<ActivationCode?> FindCodeAsync(string codeHash, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            """
            SELECT code_hash, person_id, kind, issued_by_client_id, issued_by_organization_id, issued_at, expires_at, used_at
            FROM c2c_activation_code WHERE code_hash = @hash
            """);
        command.Parameters.AddWithValue("hash", codeHash);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return new ActivationCode(
            reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
            reader.GetFieldValue<DateTimeOffset>(5), reader.GetFieldValue<DateTimeOffset>(6),
            reader.IsDBNull(7) ? null : reader.GetFieldValue<DateTimeOffset>(7));
    }

    private async Task<WebAccount?> FindOneAsync(string column, string value, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"SELECT {Columns} FROM c2c_web_account WHERE {column} = @value");
        command.Parameters.AddWithValue("value", value);
        return (await ReadAccountsAsync(command, cancellationToken)) is [var account] ? account : null;
    }

    private static void BindAccount(NpgsqlCommand command, WebAccount account)
    {
        command.Parameters.AddWithValue("id", account.AccountId);
        command.Parameters.AddWithValue("kind", account.Kind);
        command.Parameters.AddWithValue("username", account.Username);
        command.Parameters.AddWithValue("hash", account.PasswordHash);
        command.Parameters.AddWithValue("organization", account.OrganizationId);
        command.Parameters.AddWithValue("roles", account.Roles.ToArray());
        command.Parameters.AddWithValue("person", account.PersonId);
        command.Parameters.AddWithValue("created", account.CreatedAt.ToUniversalTime());
    }

    private static async Task<IReadOnlyList<WebAccount>> ReadAccountsAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var accounts = new List<WebAccount>();
        while (await reader.ReadAsync(cancellationToken))
        {
            accounts.Add(new WebAccount(
                reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                reader.GetFieldValue<string[]>(5), reader.GetString(6), reader.GetFieldValue<DateTimeOffset>(7),
                reader.IsDBNull(8) ? null : reader.GetFieldValue<DateTimeOffset>(8)));
        }

        return accounts;
    }
}
