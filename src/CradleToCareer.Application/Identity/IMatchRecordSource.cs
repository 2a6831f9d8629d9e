using CradleToCareer.Domain.Identity;
namespace CradleToCareer.Application.Identity;

/// <summary>The durable side of the matching index: the records behind each blocking key.</summary>
public interface IMatchRecordSource
{
    /// <summary>Every committed match record carrying any of the keys.</summary>
    Task<IReadOnlyList<MatchRecord>> ReadAsync(IReadOnlyCollection<string> blockingKeys, CancellationToken cancellationToken);

    /// <summary>The keys, of those given, that at least one committed record is filed under.</summary>
    Task<IReadOnlySet<string>> ExistingKeysAsync(IReadOnlyCollection<string> blockingKeys, CancellationToken cancellationToken);
}
