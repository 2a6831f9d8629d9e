using CradleToCareer.Application.EventLog;
using CradleToCareer.Application.Identity;
using CradleToCareer.Storage.Postgres.EventLog;
using CradleToCareer.Storage.Postgres.Identity;
using CradleToCareer.Storage.Postgres.Migrations;
using CradleToCareer.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace CradleToCareer.Storage.Tests.Identity;

[Collection(PostgresCollection.Name)]
public sealed class PostgresReviewQueueTests(PostgresFixture postgres) : ReviewQueueContract
{
    /// <summary>The migration that added review reasons.</summary>
    private const int ReasonsVersion = 12;

    private readonly OwnedDisposables _owned = new();

    protected override async Task<(IEventLog Log, IIdentityStore Store)> CreateAsync()
    {
        var dataSource = Own(NpgsqlDataSource.Create(await TestDatabase.CreateMigratedAsync(postgres.CreateDatabaseAsync, "review_queue")));
        return (Own(new PostgresEventLog(dataSource, TimeProvider.System)), Own(new PostgresIdentityStore(dataSource)));
    }

    [Fact]
    public async Task An_item_queued_before_reasons_were_recorded_is_listed_with_none()
    {
        var connectionString = await postgres.CreateDatabaseAsync("review_reasons_upgrade");
        var scripts = MigrationScript.LoadEmbedded(typeof(DatabaseMigrator).Assembly);
        await new DatabaseMigrator(connectionString, NullLogger<DatabaseMigrator>.Instance, scripts.Where(s => s.Version < ReasonsVersion))
            .MigrateAsync(CancellationToken.None);
        await TestDatabase.ScalarAsync<object>(
            connectionString,
            """
            INSERT INTO c2c_person (person_id) VALUES ('p_old_a'), ('p_old_b');
            INSERT INTO c2c_identity_review (review_id, kind, person_id, candidate_id, score, evidence)
            VALUES ('r_old', 'possible-match', 'p_old_b', 'p_old_a', 9.5, '{"fields": [], "identifierSystems": []}');
            """);

        await TestDatabase.Migrator(connectionString).MigrateAsync(CancellationToken.None);
        var dataSource = Own(NpgsqlDataSource.Create(connectionString));
        var page = await Own(new PostgresIdentityStore(dataSource)).ListReviewsAsync(10, null, CancellationToken.None);

        var item = Assert.Single(page.Items);
        Assert.Equal("r_old", item.ReviewId);
        Assert.Empty(item.Reasons);
    }

    public override async Task DisposeAsync() => await _owned.DisposeAsync();

    private T Own<T>(T disposable)
        where T : IAsyncDisposable => _owned.Own(disposable);
}
