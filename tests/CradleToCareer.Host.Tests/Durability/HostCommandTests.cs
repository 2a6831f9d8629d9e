using CradleToCareer.Host.Tests.Infrastructure;
using CradleToCareer.Storage.Postgres.Migrations;
using CradleToCareer.Testing;
using Npgsql;

namespace CradleToCareer.Host.Tests.Durability;

/// <summary>The host as an operator runs it: the migrate command, and the embedded default's start.</summary>
[Collection(PostgresCollection.Name)]
public sealed class HostCommandTests(PostgresFixture postgres)
{
    [Fact]
    public async Task Migrate_applies_every_version_once_and_a_second_run_changes_nothing()
    {
        var database = await postgres.CreateDatabaseAsync("migrate");

        var first = await HostProcess.RunCommandAsync(database, "migrate");
        var versionsAfterFirst = await AppliedVersionsAsync(database);
        var second = await HostProcess.RunCommandAsync(database, "migrate");

        Assert.True(first.ExitCode == 0, first.Output);
        Assert.True(second.ExitCode == 0, second.Output);
        var shipped = MigrationScript.LoadEmbedded(typeof(DatabaseMigrator).Assembly).Select(script => script.Version).ToList();
        Assert.Contains($"Applied migration {shipped[^1]}", first.Output);
        Assert.DoesNotContain("Applied migration", second.Output);
        Assert.Equal(shipped, versionsAfterFirst);
        Assert.Equal(versionsAfterFirst, await AppliedVersionsAsync(database));
    }

    [Fact]
    public async Task Migrate_without_a_database_says_what_is_missing()
    {
        var (exitCode, output) = await HostProcess.RunCommandAsync(null, "migrate");

        Assert.Equal(2, exitCode);
        Assert.Contains("ConnectionStrings__Postgres", output);
    }

    [Fact]
    public async Task The_embedded_default_starts_without_a_database_and_warns_that_nothing_is_durable()
    {
        await using var host = await HostProcess.StartAsync(null);

        var accepted = await host.Http.PostSingleAsync(TestEvents.Course("embedded-1", TestEvents.NewSsid()));

        Assert.Equal("accepted", accepted.Status());
        Assert.Contains("EMBEDDED MODE", host.Output);
        Assert.Contains("LOST when it stops", host.Output);
    }

    [Fact]
    public async Task The_embedded_default_prints_a_generated_admin_secret_once_and_it_works()
    {
        await using var host = await HostProcess.StartAsync(null);

        var secret = HostProcess.GeneratedAdminSecret(host.Output);
        var token = await host.Anonymous.TokenAsync("admin", secret);

        Assert.NotEmpty(token);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(host.Output, "client_secret:"));
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, (await host.Anonymous.RequestTokenAsync("admin", secret + "x")).StatusCode);
    }

    private static async Task<List<int>> AppliedVersionsAsync(string database)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT version FROM c2c_schema_migrations ORDER BY version", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var versions = new List<int>();
        while (await reader.ReadAsync())
        {
            versions.Add(reader.GetInt32(0));
        }

        return versions;
    }
}
