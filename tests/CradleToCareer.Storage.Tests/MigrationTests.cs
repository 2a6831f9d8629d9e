using CradleToCareer.Storage.Postgres.Migrations;
using CradleToCareer.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace CradleToCareer.Storage.Tests;

[Collection(PostgresCollection.Name)]
public sealed class MigrationTests(PostgresFixture postgres)
{
    private static readonly int[] OrleansVersions = [1, 2, 3];

    [Fact]
    public async Task First_run_applies_every_script_in_order_and_records_it()
    {
        var connectionString = await postgres.CreateDatabaseAsync("migrate_empty");
        var migrator = TestDatabase.Migrator(connectionString);

        var report = await migrator.MigrateAsync(CancellationToken.None);

        var expected = migrator.Scripts.Select(s => s.Version).ToList();
        Assert.Equal(expected, report.Applied);
        Assert.Empty(report.AlreadyPresent);
        Assert.Subset(expected.ToHashSet(), OrleansVersions.ToHashSet());
        var recorded = await TestDatabase.ScalarAsync<long>(connectionString, "SELECT count(*) FROM c2c_schema_migrations");
        Assert.Equal(expected.Count, recorded);
    }

    [Fact]
    public async Task Second_run_applies_nothing()
    {
        var connectionString = await postgres.CreateDatabaseAsync("migrate_twice");
        await TestDatabase.Migrator(connectionString).MigrateAsync(CancellationToken.None);

        var report = await TestDatabase.Migrator(connectionString).MigrateAsync(CancellationToken.None);

        Assert.Empty(report.Applied);
        Assert.Equal(TestDatabase.Migrator(connectionString).Scripts.Select(s => s.Version), report.AlreadyPresent);
    }

    [Fact]
    public async Task Concurrent_runs_apply_each_script_exactly_once()
    {
        var connectionString = await postgres.CreateDatabaseAsync("migrate_race");
        var first = TestDatabase.Migrator(connectionString);
        var second = TestDatabase.Migrator(connectionString);

        var reports = await Task.WhenAll(
            Task.Run(() => first.MigrateAsync(CancellationToken.None)),
            Task.Run(() => second.MigrateAsync(CancellationToken.None)));

        var appliedByBoth = reports.SelectMany(r => r.Applied).Order().ToList();
        Assert.Equal(first.Scripts.Select(s => s.Version), appliedByBoth);
        var recorded = await TestDatabase.ScalarAsync<long>(connectionString, "SELECT count(*) FROM c2c_schema_migrations");
        Assert.Equal(first.Scripts.Count, recorded);
    }

    [Fact]
    public async Task Edited_applied_script_is_refused_before_anything_else_runs()
    {
        var connectionString = await postgres.CreateDatabaseAsync("migrate_edited");
        var original = TestDatabase.Migrator(connectionString);
        await original.MigrateAsync(CancellationToken.None);
        var edited = original.Scripts
            .Select(s => s.Version == 2 ? Script(2, s.Name, s.Sql + "\n-- edited") : s)
            .Append(Script(9000, "never_applied", "CREATE TABLE should_not_exist (id int);"));
        var migrator = new DatabaseMigrator(connectionString, NullLogger<DatabaseMigrator>.Instance, edited);

        var error = await Assert.ThrowsAsync<MigrationChecksumMismatchException>(() => migrator.MigrateAsync(CancellationToken.None));

        Assert.Equal(2, error.Version);
        Assert.Contains("0002_", error.Message);
        Assert.Null(await TestDatabase.ScalarAsync<string>(connectionString, "SELECT to_regclass('should_not_exist')::text"));
    }

    [Fact]
    public async Task Failing_script_leaves_neither_its_changes_nor_a_history_row()
    {
        var connectionString = await postgres.CreateDatabaseAsync("migrate_failing");
        var scripts = new[]
        {
            Script(1, "good", "CREATE TABLE good_table (id int);"),
            Script(2, "bad", "CREATE TABLE half_done (id int); SELECT no_such_function();"),
        };
        var migrator = new DatabaseMigrator(connectionString, NullLogger<DatabaseMigrator>.Instance, scripts);

        await Assert.ThrowsAsync<Npgsql.PostgresException>(() => migrator.MigrateAsync(CancellationToken.None));

        Assert.Null(await TestDatabase.ScalarAsync<string>(connectionString, "SELECT to_regclass('half_done')::text"));
        Assert.Equal(1, await TestDatabase.ScalarAsync<int>(connectionString, "SELECT max(version) FROM c2c_schema_migrations"));
    }

    [Fact]
    public void Embedded_scripts_are_found_and_numbered_uniquely()
    {
        var scripts = MigrationScript.LoadEmbedded(typeof(DatabaseMigrator).Assembly);

        Assert.Equal(scripts.Select(s => s.Version).Distinct().Order(), scripts.Select(s => s.Version));
        Assert.All(OrleansVersions, v => Assert.Contains(scripts, s => s.Version == v));
    }

    [Theory]
    [InlineData("0001_orleans_clustering.sql", 1, "orleans_clustering")]
    [InlineData("0042_event_log.sql", 42, "event_log")]
    public void File_name_gives_version_and_name(string fileName, int version, string name)
    {
        var script = MigrationScript.FromFile(fileName, "SELECT 1;");

        Assert.NotNull(script);
        Assert.Equal(version, script.Version);
        Assert.Equal(name, script.Name);
    }

    [Theory]
    [InlineData("orleans.sql")]
    [InlineData("1_short.sql")]
    [InlineData("0001_name.txt")]
    public void Other_file_names_are_not_migrations(string fileName) =>
        Assert.Null(MigrationScript.FromFile(fileName, "SELECT 1;"));

    [Fact]
    public void Checksum_ignores_line_ending_style()
    {
        var unix = MigrationScript.FromFile("0001_a.sql", "SELECT 1;\nSELECT 2;\n");
        var windows = MigrationScript.FromFile("0001_a.sql", "SELECT 1;\r\nSELECT 2;\r\n");

        Assert.Equal(unix!.Checksum, windows!.Checksum);
    }

    private static MigrationScript Script(int version, string name, string sql) =>
        new(version, name, sql, MigrationScript.ComputeChecksum(sql));
}
