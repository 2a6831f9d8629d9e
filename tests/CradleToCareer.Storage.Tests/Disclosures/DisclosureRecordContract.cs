using CradleToCareer.Application.Disclosures;
using CradleToCareer.Domain.Disclosures;

namespace CradleToCareer.Storage.Tests.Disclosures;

/// <summary>The behaviour every <see cref="IDisclosureRecord"/> shares; each implementation runs it through a subclass.</summary>
public abstract class DisclosureRecordContract : IAsyncLifetime
{
    protected static readonly string[] Persons = [.. Enumerable.Range(1, 5).Select(i => $"p_{i:D32}")];

    private IDisclosureRecord? _record;

    protected IDisclosureRecord Record => _record ?? throw new InvalidOperationException("The record is not created yet.");

    protected abstract Task<IDisclosureRecord> CreateRecordAsync();

    public async Task InitializeAsync() => _record = await CreateRecordAsync();

    public virtual Task DisposeAsync() => Task.CompletedTask;

    /// <summary>Whether the backend refuses a NUL character in text (PostgreSQL does; memory keeps it).</summary>
    protected abstract bool RefusesNul { get; }

    /// <summary>A disclosure whose purpose holds a NUL: a poison member for a backend that refuses it.</summary>
    protected static Disclosure PoisonOf(string personId) => DisclosureOf(personId, 0) with { Purpose = "pur\u0000pose" };

    protected static Disclosure DisclosureOf(string personId, int i) => new(
        personId, "c_test", "org-test", "progress", "c_consent", "purpose " + i,
        new DateTimeOffset(2026, 11, 29, 12, 0, 0, TimeSpan.Zero).AddMilliseconds(i));

    [Fact]
    public async Task An_append_returns_the_entry_as_stored_chained_to_the_one_before()
    {
        var first = await Record.AppendAsync(DisclosureOf(Persons[0], 1), CancellationToken.None);
        var second = await Record.AppendAsync(DisclosureOf(Persons[0], 2), CancellationToken.None);
        var stored = await Record.ReadAsync(Persons[0], CancellationToken.None);

        Assert.Equal((1, 2), (first.EntryNumber, second.EntryNumber));
        Assert.Equal(new byte[32], first.PreviousHash);
        Assert.Equal(first.Hash, second.PreviousHash);
        Assert.Equal([first.Hash, second.Hash], stored.Select(e => e.Hash));
        Assert.Equal([DisclosureOf(Persons[0], 1), DisclosureOf(Persons[0], 2)], stored.Select(e => e.Disclosure));
        Assert.True(DisclosureChain.Verify(stored).Valid);
    }

    [Fact]
    public async Task Concurrent_appends_make_one_unbroken_chain_per_person()
    {
        await Task.WhenAll(Enumerable.Range(0, 100).Select(i => Record.AppendAsync(DisclosureOf(Persons[i % Persons.Length], i), CancellationToken.None)));

        foreach (var person in Persons)
        {
            var chain = await Record.ReadAsync(person, CancellationToken.None);
            Assert.Equal(Enumerable.Range(1, 20), chain.Select(e => e.EntryNumber));
            Assert.True(DisclosureChain.Verify(chain).Valid);
        }
    }

    [Fact]
    public async Task A_person_without_disclosures_has_an_empty_chain()
    {
        await Record.AppendAsync(DisclosureOf(Persons[0], 1), CancellationToken.None);

        Assert.Empty(await Record.ReadAsync(Persons[1], CancellationToken.None));
    }

    [Fact]
    public async Task A_bad_disclosure_never_fails_the_ones_appended_at_the_same_moment()
    {
        var good = Enumerable.Range(1, 20).Select(i => DisclosureOf(Persons[i % Persons.Length], i)).ToList();
        var appends = good.Select(d => Record.AppendAsync(d, CancellationToken.None)).ToList();
        var poison = Record.AppendAsync(PoisonOf(Persons[0]), CancellationToken.None);
        appends.AddRange(good.Select(d => Record.AppendAsync(d with { Purpose = d.Purpose + " again" }, CancellationToken.None)));

        await Task.WhenAll(appends);
        var poisonRefused = await poison.ContinueWith(t => t.IsFaulted, TaskScheduler.Default);
        var chains = await Task.WhenAll(Persons.Select(p => Record.ReadAsync(p, CancellationToken.None)));

        Assert.Equal(RefusesNul, poisonRefused);
        Assert.Equal(40 + (RefusesNul ? 0 : 1), chains.Sum(chain => chain.Count));
        Assert.All(chains, chain => Assert.True(DisclosureChain.Verify(chain).Valid));
    }
}
