using CradleToCareer.Storage.Postgres.Disclosures;
using CradleToCareer.Domain.Disclosures;
using CradleToCareer.Testing;
using Npgsql;

namespace CradleToCareer.Storage.Tests.Disclosures;

/// <summary>Group-committed appends from many callers and two processes still make one unbroken chain per person.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresDisclosureRecordTests(PostgresFixture postgres)
{
    private static readonly string[] Persons = [.. Enumerable.Range(1, 5).Select(i => $"p_{i:D32}")];

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
    public async Task An_append_returns_the_entry_as_stored()
    {
        var connectionString = await TestDatabase.CreateMigratedAsync(postgres.CreateDatabaseAsync, "disclosure_single");
        await using var source = NpgsqlDataSource.Create(connectionString);
        await using var record = new PostgresDisclosureRecord(source);

        var first = await record.AppendAsync(DisclosureOf(Persons[0], 1), CancellationToken.None);
        var second = await record.AppendAsync(DisclosureOf(Persons[0], 2), CancellationToken.None);
        var stored = await record.ReadAsync(Persons[0], CancellationToken.None);

        Assert.Equal((1, 2), (first.EntryNumber, second.EntryNumber));
        Assert.Equal(first.Hash, second.PreviousHash);
        Assert.Equal([first.Hash, second.Hash], stored.Select(e => e.Hash));
    }

    private static Disclosure DisclosureOf(string personId, int i) => new(
        personId, "c_test", "org-test", "progress", "c_consent", "purpose " + i,
        new DateTimeOffset(2026, 11, 29, 12, 0, 0, TimeSpan.Zero).AddMilliseconds(i));
}
