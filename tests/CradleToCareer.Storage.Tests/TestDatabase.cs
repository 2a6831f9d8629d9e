using CradleToCareer.Storage.Postgres.Migrations;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace CradleToCareer.Storage.Tests;

internal static class TestDatabase
{
    public static DatabaseMigrator Migrator(string connectionString) =>
        new(connectionString, NullLogger<DatabaseMigrator>.Instance);

    public static async Task<string> CreateMigratedAsync(Func<string?, Task<string>> createDatabase, string prefix)
    {
        var connectionString = await createDatabase(prefix);
        await Migrator(connectionString).MigrateAsync(CancellationToken.None);
        return connectionString;
    }

    public static async Task<T?> ScalarAsync<T>(string connectionString, string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        var result = await command.ExecuteScalarAsync();
        return result is null or DBNull ? default : (T)result;
    }

    public static async Task<int> ExecuteAsync(string connectionString, string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return await command.ExecuteNonQueryAsync();
    }
}
