using CradleToCareer.Storage.Postgres.Disclosures;
using CradleToCareer.Application.Disclosures;
using CradleToCareer.Domain.Disclosures;
using CradleToCareer.Testing;
using Npgsql;

namespace CradleToCareer.Storage.Tests.Disclosures;

/// <summary>The contract on PostgreSQL, and group-committed appends from two processes still make one unbroken chain per person.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresDisclosureRecordTests(PostgresFixture postgres) : DisclosureRecordContract
{
    private NpgsqlDataSource? _dataSource;

    protected override async Task<IDisclosureRecord> CreateRecordAsync()
    {
        _dataSource = NpgsqlDataSource.Create(await TestDatabase.CreateMigratedAsync(postgres.CreateDatabaseAsync, "disclosures"));
        return new PostgresDisclosureRecord(_dataSource);
    }

    public override async Task DisposeAsync()
    {
        if (Record is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }

        if (_dataSource is not null)
        {
            await _dataSource.DisposeAsync();
        }
    }

    [Fact]
    public async Task Concurrent_appends_from_two_writers_chain_every_entry_once_per_person()
    {
        var connectionString = await TestDatabase.CreateMigratedAsync(postgres.CreateDatabaseAsync, "disclosure_groups");
        await using var firstSource = NpgsqlDataSource.Create(connectionString);
        await using var secondSource = NpgsqlDataSource.Create(connectionString);
        await using var first = new PostgresDisclosureRecord(firstSource);
        await using var second = new PostgresDisclosureRecord(secondSource);

        var appended = await Task.WhenAll(Enumerable.Range(0, 200).Select(i =>
            (i % 2 == 0 ? first : second).AppendAsync(DisclosureOf(Persons[i % Persons.Length], i), CancellationToken.None)));
        var chains = await Task.WhenAll(Persons.Select(person => first.ReadAsync(person, CancellationToken.None)));

        Assert.All(chains, chain =>
        {
            Assert.Equal(40, chain.Count);
            Assert.Equal(Enumerable.Range(1, 40), chain.Select(e => e.EntryNumber));
            Assert.True(DisclosureChain.Verify(chain).Valid);
        });
        Assert.Equal(200, appended.Select(e => (e.Disclosure.PersonId, e.EntryNumber)).Distinct().Count());
        Assert.Equal(
            Enumerable.Range(0, 200).Select(i => "purpose " + i).Order(),
            chains.SelectMany(chain => chain.Select(e => e.Disclosure.Purpose)).Order());
    }
}
