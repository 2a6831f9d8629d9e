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

    protected override bool RefusesNul => true;

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

    [Fact]
    public async Task A_group_with_a_NUL_disclosure_commits_every_other_member_and_fails_only_the_poison()
    {
        var blockerPerson = $"p_{0:D32}";
        await using var holder = await _dataSource!.OpenConnectionAsync();
        await HoldChainLockAsync(holder, blockerPerson, "pg_advisory_lock");
        var blocker = Record.AppendAsync(DisclosureOf(blockerPerson, 0), CancellationToken.None);
        await WaitForLockWaiterAsync();

        var good = Persons.Select((person, i) => Record.AppendAsync(DisclosureOf(person, i + 1), CancellationToken.None)).ToList();
        var poison = Record.AppendAsync(PoisonOf(Persons[2]), CancellationToken.None);
        good.Add(Record.AppendAsync(DisclosureOf(Persons[2], 9), CancellationToken.None));
        await HoldChainLockAsync(holder, blockerPerson, "pg_advisory_unlock");

        var error = await Assert.ThrowsAsync<PostgresException>(() => poison);
        var appended = await Task.WhenAll(good);
        await blocker;

        Assert.Equal("22021", error.SqlState);
        Assert.Equal(6, appended.Length);
        foreach (var entry in appended)
        {
            var chain = await Record.ReadAsync(entry.Disclosure.PersonId, CancellationToken.None);
            Assert.Contains(chain, stored => stored.Hash.SequenceEqual(entry.Hash));
            Assert.True(DisclosureChain.Verify(chain).Valid);
        }
    }

    /// <summary>Takes or releases, on its own session, the advisory lock an append takes on the person's chain.</summary>
    private static async Task HoldChainLockAsync(NpgsqlConnection connection, string personId, string function)
    {
        await using var command = new NpgsqlCommand($"SELECT {function}(hashtextextended('disclosure:' || @person, 0))", connection);
        command.Parameters.AddWithValue("person", personId);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Waits until the blocking append's group waits on the held lock, so what is submitted next forms one group.</summary>
    private async Task WaitForLockWaiterAsync()
    {
        await using var command = _dataSource!.CreateCommand(
            "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())");
        while ((long)(await command.ExecuteScalarAsync())! == 0)
        {
            await Task.Delay(5);
        }
    }
}
