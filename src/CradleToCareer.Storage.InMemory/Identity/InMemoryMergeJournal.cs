using CradleToCareer.Application.Identity;

namespace CradleToCareer.Storage.InMemory.Identity;

/// <summary>The embedded default's merge journal, newest first, as on PostgreSQL.</summary>
public sealed class InMemoryMergeJournal(InMemoryIdentity identity) : IMergeJournal
{
    public Task<IReadOnlyList<JournaledMerge>> ListMergesAsync(int limit, string? after, CancellationToken cancellationToken)
    {
        lock (identity.Sync)
        {
            var newestFirst = identity.Merges()
                .OrderByDescending(merge => merge.Request.At)
                .ThenByDescending(merge => merge.MergeId, StringComparer.Ordinal)
                .ToList();
            var start = after is null ? 0 : newestFirst.FindIndex(merge => merge.MergeId == after) + 1;
            if (after is not null && start == 0)
            {
                return Task.FromResult<IReadOnlyList<JournaledMerge>>([]);
            }

            return Task.FromResult<IReadOnlyList<JournaledMerge>>([.. newestFirst.Skip(start).Take(limit).Select(Of)]);
        }
    }

    private static JournaledMerge Of(InMemoryIdentity.Merge merge) => new(
        merge.MergeId,
        merge.SurvivorId,
        merge.MergedId,
        merge.Request.Reason,
        merge.Request.StewardClientId,
        merge.Request.At,
        merge.Undo is { } undo ? new JournaledUndo(undo.Reason, undo.StewardClientId, undo.At) : null);
}
