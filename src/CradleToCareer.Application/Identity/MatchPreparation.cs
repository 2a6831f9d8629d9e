using CradleToCareer.Domain.Identity;

namespace CradleToCareer.Application.Identity;

/// <summary>
/// What a matcher did for some records before their batch took its turn (<see cref="IRecordMatcher.PrepareAsync"/>):
/// at least which records they are. A matcher that does work ahead keeps it in a subclass of its own.
/// </summary>
public class MatchPreparation(IReadOnlyList<MatchSubject> subjects)
{
    /// <summary>The records prepared, in the order given.</summary>
    public IReadOnlyList<MatchSubject> Subjects { get; } = subjects;

    /// <summary>
    /// The blocking keys placing the records at <paramref name="chosen"/> would compare under and file them under: the
    /// keys their batch must claim (<see cref="EventLog.IdentityClaims"/>). None for a matcher without blocking.
    /// </summary>
    public virtual IReadOnlySet<string> BlockingKeysOf(IReadOnlyList<int> chosen) => new HashSet<string>(StringComparer.Ordinal);
}
