using CradleToCareer.Domain.Identity;

namespace CradleToCareer.Application.Identity;

/// <summary>
/// What a matcher did for some records before their batch took the ingest lock (<see cref="IRecordMatcher.PrepareAsync"/>):
/// at least which records they are. A matcher that does work ahead keeps it in a subclass of its own.
/// </summary>
public class MatchPreparation(IReadOnlyList<MatchSubject> subjects)
{
    /// <summary>The records prepared, in the order given.</summary>
    public IReadOnlyList<MatchSubject> Subjects { get; } = subjects;
}
