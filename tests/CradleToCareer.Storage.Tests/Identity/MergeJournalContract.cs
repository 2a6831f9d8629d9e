using CradleToCareer.Application.EventLog;
using CradleToCareer.Application.Identity;
using CradleToCareer.Application.Ingest;
using CradleToCareer.Domain.Identity;
using CradleToCareer.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace CradleToCareer.Storage.Tests.Identity;

/// <summary>
/// The merge journal reads back newest first, paged by merge id, each merge with who, when and why and its undo; the
/// same on every backend, each running it through a subclass.
/// </summary>
public abstract class MergeJournalContract : IAsyncLifetime
{
    private static readonly DateTimeOffset Noon = new(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);

    private (IEventLog Log, IIdentityStore Store, IMergeJournal Journal)? _backend;

    private (IEventLog Log, IIdentityStore Store, IMergeJournal Journal) Backend =>
        _backend ?? throw new InvalidOperationException("The backend is not created yet.");

    /// <summary>A fresh, empty event log, and the identity store and merge journal over the same data.</summary>
    protected abstract Task<(IEventLog Log, IIdentityStore Store, IMergeJournal Journal)> CreateAsync();

    public async Task InitializeAsync() => _backend = await CreateAsync();

    public virtual Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Merges_are_listed_newest_first_with_their_undo_and_paged_by_merge_id()
    {
        var decisions = new IdentityDecisions(Backend.Log, new DeterministicOnly(), NoProfileRefresh.Instance, NullLogger<IdentityDecisions>.Instance);
        var persons = await decisions.AppendAsync(
            [PlannerEvents.Enrollment("e_a", "ssid-a"), PlannerEvents.Enrollment("e_b", "ssid-b"), PlannerEvents.Enrollment("e_c", "ssid-c")],
            CancellationToken.None);
        var (a, b, c) = (persons[0].PersonId!, persons[1].PersonId!, persons[2].PersonId!);
        var first = new MergeRequest(MergeRequest.NewId(), a, b, "one student, two ssids", "c_steward", Noon);
        var second = new MergeRequest(MergeRequest.NewId(), a, c, "duplicate enrollment", "web:acct_x", Noon.AddMinutes(5));
        Assert.Equal(MergeStatus.Merged, (await Backend.Store.MergeAsync(first, CancellationToken.None)).Status);
        Assert.Equal(MergeStatus.Merged, (await Backend.Store.MergeAsync(second, CancellationToken.None)).Status);
        await Backend.Store.UndoAsync(new UndoRequest(first.MergeId, "two students after all", "web:acct_y", Noon.AddMinutes(9)), CancellationToken.None);

        var all = await Backend.Journal.ListMergesAsync(10, null, CancellationToken.None);
        var top = await Backend.Journal.ListMergesAsync(1, null, CancellationToken.None);
        var rest = await Backend.Journal.ListMergesAsync(10, second.MergeId, CancellationToken.None);

        Assert.Equal(
            [
                new JournaledMerge(second.MergeId, a, c, "duplicate enrollment", "web:acct_x", Noon.AddMinutes(5), null),
                new JournaledMerge(first.MergeId, a, b, "one student, two ssids", "c_steward", Noon,
                    new JournaledUndo("two students after all", "web:acct_y", Noon.AddMinutes(9))),
            ],
            all);
        Assert.Equal([second.MergeId], top.Select(merge => merge.MergeId));
        Assert.Equal([first.MergeId], rest.Select(merge => merge.MergeId));
        Assert.Empty(await Backend.Journal.ListMergesAsync(10, first.MergeId, CancellationToken.None));
    }
}
