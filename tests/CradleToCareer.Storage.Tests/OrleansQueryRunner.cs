using System.Data;
using Npgsql;

namespace CradleToCareer.Storage.Tests;

/// <summary>
/// Runs a query from the <c>orleansquery</c> table the way the Orleans ADO.NET providers do:
/// named parameters with an explicit <see cref="DbType"/>, results read by column name.
/// </summary>
internal sealed class OrleansQueryRunner(string connectionString)
{
    public async Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> RunAsync(string queryKey, params (string Name, object? Value, DbType Type)[] parameters)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var queryText = await QueryTextAsync(connection, queryKey);

        await using var command = connection.CreateCommand();
        command.CommandText = queryText;
        foreach (var (name, value, type) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            parameter.DbType = type;
            command.Parameters.Add(parameter);
        }

        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<IReadOnlyDictionary<string, object?>>();
        while (await reader.ReadAsync())
        {
            var row = new Dictionary<string, object?>(StringComparer.Ordinal);
            for (var i = 0; i < reader.FieldCount; i++)
            {
                row[reader.GetName(i)] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }

    public async Task<IReadOnlyList<string>> KeysAsync()
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT QueryKey FROM OrleansQuery ORDER BY 1", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var keys = new List<string>();
        while (await reader.ReadAsync())
        {
            keys.Add(reader.GetString(0));
        }

        return keys;
    }

    private static async Task<string> QueryTextAsync(NpgsqlConnection connection, string queryKey)
    {
        await using var command = new NpgsqlCommand("SELECT QueryText FROM OrleansQuery WHERE QueryKey = @key", connection);
        command.Parameters.AddWithValue("key", queryKey);
        return (string?)await command.ExecuteScalarAsync()
            ?? throw new InvalidOperationException($"No Orleans query '{queryKey}'.");
    }
}
