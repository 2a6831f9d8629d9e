using CradleToCareer.Domain.Identity;
using CradleToCareer.Application.Identity;
namespace CradleToCareer.Storage.InMemory.Identity;

/// <summary>The embedded default's match records, read from its in-memory identity data.</summary>
public sealed class InMemoryMatchRecordSource(InMemoryIdentity identity) : IMatchRecordSource
{
    public Task<IReadOnlyList<MatchRecord>> ReadAsync(IReadOnlyCollection<string> blockingKeys, CancellationToken cancellationToken)
    {
        lock (identity.Sync)
        {
            return Task.FromResult(identity.RecordsFor(blockingKeys));
        }
    }

    public Task<IReadOnlySet<string>> ExistingKeysAsync(IReadOnlyCollection<string> blockingKeys, CancellationToken cancellationToken)
    {
        lock (identity.Sync)
        {
            return Task.FromResult<IReadOnlySet<string>>(blockingKeys.Where(identity.HasRecordsUnder).ToHashSet(StringComparer.Ordinal));
        }
    }
}
