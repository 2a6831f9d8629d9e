using CradleToCareer.Domain.Identity;

namespace CradleToCareer.Application.Identity;

/// <summary>
/// What placing one batch came to: a decision per subject, in order, and the blocking keys the matcher found
/// records under. It is handed back to <see cref="IRecordMatcher.IndexAsync"/> once the batch has committed, so
/// each batch's matching state travels with it and never with the matcher.
/// </summary>
public sealed record MatchPlacement(IReadOnlyList<MatchDecision> Decisions, IReadOnlySet<string> KeysLookedUp)
{
    /// <summary>A batch with nothing to place: the matcher is not asked at all.</summary>
    public static MatchPlacement None { get; } = new([], new HashSet<string>());
}
