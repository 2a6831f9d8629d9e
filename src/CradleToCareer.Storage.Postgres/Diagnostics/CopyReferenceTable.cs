using Npgsql;
using NpgsqlTypes;

namespace CradleToCareer.Storage.Postgres.Diagnostics;

/// <summary>
/// A bare (source, id, body jsonb) table for one benchmark run, written with binary COPY, so the service's durable
/// ingest rate can be set against what PostgreSQL itself sustains on the same machine. Created on open, dropped on
/// dispose. Failures surface as <see cref="System.Data.Common.DbException"/>.
/// </summary>
public sealed class CopyReferenceTable : IAsyncDisposable
{
    private readonly NpgsqlDataSource _dataSource;

    private CopyReferenceTable(NpgsqlDataSource dataSource, string name)
    {
        _dataSource = dataSource;
        Name = name;
    }

    public string Name { get; }

    /// <summary>Creates the table, named after this process and the time; with a primary key on (source, id) when asked.</summary>
    public static async Task<CopyReferenceTable> CreateAsync(string connectionString, bool primaryKey, CancellationToken cancellationToken)
    {
        var dataSource = NpgsqlDataSource.Create(connectionString);
        var table = new CopyReferenceTable(dataSource, $"c2c_loadtool_copy_{Environment.ProcessId}_{DateTime.UtcNow:HHmmss}");
        try
        {
            await table.ExecuteAsync(
                $"CREATE TABLE {table.Name} (source text NOT NULL, id text NOT NULL, body jsonb NOT NULL{(primaryKey ? ", PRIMARY KEY (source, id)" : "")})",
                cancellationToken);
            return table;
        }
        catch
        {
            await dataSource.DisposeAsync();
            throw;
        }
    }

    /// <summary>One connection that copies batches into the table, one COPY (one commit) per batch.</summary>
    public async Task<CopyReferenceWriter> OpenWriterAsync(CancellationToken cancellationToken) =>
        new(await _dataSource.OpenConnectionAsync(cancellationToken), Name);

    /// <summary>The table's size on disk with its indexes, in bytes.</summary>
    public async Task<long?> SizeAsync(CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand($"SELECT pg_total_relation_size('{Name}')");
        return await command.ExecuteScalarAsync(cancellationToken) as long?;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await ExecuteAsync($"DROP TABLE IF EXISTS {Name}", CancellationToken.None);
        }
        finally
        {
            await _dataSource.DisposeAsync();
        }
    }

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand(sql);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

/// <summary>A connection of a <see cref="CopyReferenceTable"/> run.</summary>
public sealed class CopyReferenceWriter(NpgsqlConnection connection, string table) : IAsyncDisposable
{
    public async Task CopyAsync(IReadOnlyList<(string Source, string Id, string Body)> rows, CancellationToken cancellationToken)
    {
        await using var importer = await connection.BeginBinaryImportAsync($"COPY {table} (source, id, body) FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var (source, id, body) in rows)
        {
            await importer.StartRowAsync(cancellationToken);
            await importer.WriteAsync(source, NpgsqlDbType.Text, cancellationToken);
            await importer.WriteAsync(id, NpgsqlDbType.Text, cancellationToken);
            await importer.WriteAsync(body, NpgsqlDbType.Jsonb, cancellationToken);
        }

        await importer.CompleteAsync(cancellationToken);
    }

    public ValueTask DisposeAsync() => connection.DisposeAsync();
}
