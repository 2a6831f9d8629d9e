using CradleToCareer.Application.EventLog;
using CradleToCareer.Application.Identity;
using CradleToCareer.Domain.Identity;
using CradleToCareer.Storage.Postgres.EventLog;
using CradleToCareer.Storage.Postgres.Identity;
using CradleToCareer.Testing;
using Npgsql;

namespace CradleToCareer.Storage.Tests.Identity;

[Collection(PostgresCollection.Name)]
public sealed class PostgresReviewRecheckTests(PostgresFixture postgres) : ReviewRecheckContract
{
    private readonly OwnedDisposables _owned = new();
    private string _connectionString = "";

    protected override async Task<(IEventLog Log, IIdentityStore Store, IReviewRecheckStore Rechecks)> CreateAsync()
    {
        _connectionString = await TestDatabase.CreateMigratedAsync(postgres.CreateDatabaseAsync, "review_recheck");
        var dataSource = Own(NpgsqlDataSource.Create(_connectionString));
        return (Own(new PostgresEventLog(dataSource, TimeProvider.System)), Own(new PostgresIdentityStore(dataSource)), new PostgresReviewRechecks(dataSource));
    }

    [Fact]
    public async Task The_journal_names_the_matcher_and_the_new_score_for_the_merge_and_for_the_item_it_closed()
    {
        await QueueAsync(Linking, Below);

        await RecheckAsync(Reestimated);

        Assert.Equal(
            $"{MatcherActor.ClientId}: weights re-estimated: score 13.72 bits reaches the link threshold 12",
            await TestDatabase.ScalarAsync<string>(_connectionString, "SELECT merged_by || ': ' || reason FROM c2c_identity_merge"));
        Assert.Equal(
            MatcherActor.ClientId,
            await TestDatabase.ScalarAsync<string>(_connectionString, "SELECT dismissed_by FROM c2c_identity_review WHERE dismissed_at IS NOT NULL"));
    }

    public override async Task DisposeAsync() => await _owned.DisposeAsync();

    private T Own<T>(T disposable)
        where T : IAsyncDisposable => _owned.Own(disposable);
}
