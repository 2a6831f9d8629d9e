namespace CradleToCareer.Storage.Tests.Alerts;

/// <summary>A bad ledger append never fails the appends made at the same moment.</summary>
public abstract partial class AlertStoresContract
{
    /// <summary>Whether the backend refuses a NUL character in text (PostgreSQL does; memory keeps it).</summary>
    protected abstract bool RefusesNul { get; }

    protected const string PoisonPerson = "p_\u0000poison";

    [Fact]
    public async Task A_bad_append_never_fails_the_appends_made_at_the_same_moment()
    {
        var persons = Enumerable.Range(1, 20).Select(i => $"p_{i}").ToList();
        var appends = persons.Select(person => AppendAsync(Reached(person))).ToList();
        var poison = AppendAsync(Reached(PoisonPerson));
        appends.AddRange(persons.Select(person => AppendAsync(Reached(person, Enrolled))));

        var recorded = await Task.WhenAll(appends);
        var poisonRefused = await poison.ContinueWith(t => t.IsFaulted, TaskScheduler.Default);

        Assert.Equal(RefusesNul, poisonRefused);
        Assert.All(recorded, ids => Assert.Single(ids));
        foreach (var person in persons)
        {
            Assert.Equal(2, (await Log.ReadPersonAsync(person, None)).Count);
        }
    }
}
