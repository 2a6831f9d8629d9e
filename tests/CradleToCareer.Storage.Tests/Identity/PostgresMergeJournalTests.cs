using CradleToCareer.Application.EventLog;
using CradleToCareer.Application.Identity;
using CradleToCareer.Storage.Postgres.EventLog;
using CradleToCareer.Storage.Postgres.Identity;
using CradleToCareer.Testing;
using Npgsql;

namespace CradleToCareer.Storage.Tests.Identity;

[Collection(PostgresCollection.Name)]
public sealed class PostgresMergeJournalTests(PostgresFixture postgres) : MergeJournalContract
{
    private readonly OwnedDisposables _owned = new();

    protected override async Task<(IEventLog Log, IIdentityStore Store, IMergeJournal Journal)> CreateAsync()
    {
        var dataSource = Own(NpgsqlDataSource.Create(await TestDatabase.CreateMigratedAsync(postgres.CreateDatabaseAsync, "merge_journal")));
        return (Own(new PostgresEventLog(dataSource, TimeProvider.System)), Own(new PostgresIdentityStore(dataSource)), new PostgresMergeJournal(dataSource));
    }

    public override async Task DisposeAsync() => await _owned.DisposeAsync();

    private T Own<T>(T disposable)
        where T : IAsyncDisposable => _owned.Own(disposable);
}
