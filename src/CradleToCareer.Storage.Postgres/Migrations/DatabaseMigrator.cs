using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace CradleToCareer.Storage.Postgres.Migrations;

/// <summary>
/// Brings a PostgreSQL database up to the schema of this build by applying the numbered
/// <c>Migrations/NNNN_name.sql</c> scripts that it has not applied yet.
/// </summary>
/// <remarks>
/// Applied versions are recorded in <c>c2c_schema_migrations</c>. A session advisory lock
/// serialises concurrent migrators (several hosts starting at once); each script runs in its
/// own transaction together with its bookkeeping row, so a failed script leaves no trace.
/// Scripts therefore must not use statements that refuse to run in a transaction
/// (for example <c>CREATE INDEX CONCURRENTLY</c>). Commands run without a command timeout:
/// waiting for another migrator and long scripts are bounded by the caller's cancellation token.
/// </remarks>
public sealed class DatabaseMigrator
{
    /// <summary>Key of the session advisory lock held while migrating (ASCII "c2cSchem").</summary>
    public const long AdvisoryLockKey = 0x6332_6353_6368_656D;

    private const string CreateHistoryTableSql = """
        CREATE TABLE IF NOT EXISTS c2c_schema_migrations (
            version    integer     PRIMARY KEY,
            name       text        NOT NULL,
            checksum   text        NOT NULL,
            applied_at timestamptz NOT NULL DEFAULT now()
        )
        """;

    private readonly string _connectionString;
    private readonly ILogger<DatabaseMigrator> _logger;
    private readonly IReadOnlyList<MigrationScript> _scripts;

    public DatabaseMigrator(string connectionString, ILogger<DatabaseMigrator> logger)
        : this(connectionString, logger, MigrationScript.LoadEmbedded(typeof(DatabaseMigrator).Assembly))
    {
    }

    /// <summary>Migrates with an explicit script list instead of the embedded one.</summary>
    public DatabaseMigrator(string connectionString, ILogger<DatabaseMigrator> logger, IEnumerable<MigrationScript> scripts)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        _connectionString = connectionString;
        _logger = logger;
        _scripts = MigrationScript.Ordered(scripts);
    }

    /// <summary>The scripts this migrator applies, in version order.</summary>
    public IReadOnlyList<MigrationScript> Scripts => _scripts;

    /// <summary>Applies every missing migration; a second call applies nothing.</summary>
    /// <exception cref="MigrationChecksumMismatchException">An applied migration's script was edited.</exception>
    public async Task<MigrationReport> MigrateAsync(CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync(ct);
        var database = connection.Database;

        MigrationLog.WaitingForLock(_logger, database, connection.Host);
        await ExecuteAsync(connection, null, $"SELECT pg_advisory_lock({AdvisoryLockKey})", ct);
        try
        {
            await ExecuteAsync(connection, null, CreateHistoryTableSql, ct);
            var recorded = await ReadHistoryAsync(connection, ct);
            VerifyChecksums(recorded, database);

            var applied = new List<int>();
            foreach (var script in _scripts.Where(s => !recorded.ContainsKey(s.Version)))
            {
                await ApplyAsync(connection, script, ct);
                applied.Add(script.Version);
            }

            var alreadyPresent = recorded.Keys.Order().ToList();
            MigrationLog.Completed(_logger, database, applied.Count, alreadyPresent.Count);
            return new MigrationReport(applied, alreadyPresent);
        }
        finally
        {
            await ReleaseLockAsync(connection);
        }
    }

    private void VerifyChecksums(IReadOnlyDictionary<int, string> recorded, string database)
    {
        var known = _scripts.ToDictionary(s => s.Version);
        foreach (var (version, checksum) in recorded.OrderBy(r => r.Key))
        {
            if (!known.TryGetValue(version, out var script))
            {
                MigrationLog.UnknownVersion(_logger, database, version);
                continue;
            }

            if (!string.Equals(script.Checksum, checksum, StringComparison.Ordinal))
            {
                MigrationLog.ChecksumMismatch(_logger, version, script.Name, checksum, script.Checksum);
                throw new MigrationChecksumMismatchException(version, script.Name, checksum, script.Checksum);
            }
        }
    }

    private async Task ApplyAsync(NpgsqlConnection connection, MigrationScript script, CancellationToken ct)
    {
        MigrationLog.Applying(_logger, script.Version, script.Name);
        var stopwatch = Stopwatch.StartNew();

        await using var transaction = await connection.BeginTransactionAsync(ct);
        await ExecuteAsync(connection, transaction, script.Sql, ct);

        await using (var record = new NpgsqlCommand(
            "INSERT INTO c2c_schema_migrations (version, name, checksum) VALUES (@version, @name, @checksum)",
            connection,
            transaction))
        {
            record.Parameters.AddWithValue("version", script.Version);
            record.Parameters.AddWithValue("name", script.Name);
            record.Parameters.AddWithValue("checksum", script.Checksum);
            await record.ExecuteNonQueryAsync(ct);
        }

        await transaction.CommitAsync(ct);
        MigrationLog.Applied(_logger, script.Version, script.Name, stopwatch.ElapsedMilliseconds);
    }

    private static async Task<IReadOnlyDictionary<int, string>> ReadHistoryAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("SELECT version, checksum FROM c2c_schema_migrations", connection);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var recorded = new Dictionary<int, string>();
        while (await reader.ReadAsync(ct))
        {
            recorded[reader.GetInt32(0)] = reader.GetString(1);
        }

        return recorded;
    }

    private static async Task ReleaseLockAsync(NpgsqlConnection connection)
    {
        if (connection.FullState == System.Data.ConnectionState.Open)
        {
            await ExecuteAsync(connection, null, $"SELECT pg_advisory_unlock({AdvisoryLockKey})", CancellationToken.None);
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(ct);
    }
}
