using CradleToCareer.Domain.Identity;
namespace CradleToCareer.Application.Identity;

/// <summary>The durable side of the matching index: the records behind each blocking key.</summary>
public interface IMatchRecordSource
{
    /// <summary>Every committed match record carrying any of the keys.</summary>
    Task<IReadOnlyList<MatchRecord>> ReadAsync(IReadOnlyCollection<string> blockingKeys, CancellationToken cancellationToken);

    /// <summary>The keys, of those given, that at least one committed record is filed under.</summary>
    Task<IReadOnlySet<string>> ExistingKeysAsync(IReadOnlyCollection<string> blockingKeys, CancellationToken cancellationToken);

    /// <summary>
    /// The sequence number up to which every committed match record has reached the blocking-key grains (see
    /// <see cref="EventLog.IIngestSession.MarkIndexedAsync"/>). Matching that reads it before asking the grains finds
    /// every record up to it there, and the later ones with <see cref="ReadAfterAsync"/>.
    /// </summary>
    Task<long> IndexedThroughAsync(CancellationToken cancellationToken);

    /// <summary>
    /// The committed match records filed under any of the keys with a sequence number above <paramref name="after"/>,
    /// once per key they carry of those asked, each carrying just that key.
    /// </summary>
    Task<IReadOnlyList<MatchRecord>> ReadAfterAsync(IReadOnlyCollection<string> blockingKeys, long after, CancellationToken cancellationToken);
}
