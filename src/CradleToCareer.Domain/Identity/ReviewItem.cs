using CradleToCareer.Domain.Matching;

namespace CradleToCareer.Domain.Identity;

/// <summary>A pair of persons an identity steward should look at.</summary>
/// <param name="Kind">One of <see cref="ReviewKinds"/>.</param>
/// <param name="PersonId">The newer person (possible match), the first of the two (conflict) or the survivor (matcher merge).</param>
/// <param name="CandidateId">The person it may be the same as (the person merged away, for a matcher merge).</param>
/// <param name="Score">The match weight in bits (possible matches only).</param>
/// <param name="Evidence">Field by field agreement and weight; no PII.</param>
/// <param name="Reasons">Why the pair is queued, in plain words (<see cref="ReviewReasons"/>); names fields, never values.</param>
/// <param name="IdentifierSystems">For a conflict, the identifier systems the rejected event carried.</param>
public sealed record ReviewItem(
    string ReviewId,
    string Kind,
    string PersonId,
    string CandidateId,
    double? Score,
    IReadOnlyList<FieldEvidence> Evidence,
    IReadOnlyList<ReviewReason> Reasons,
    IReadOnlyList<string> IdentifierSystems,
    DateTimeOffset CreatedAt)
{
    public static string NewId() => "r_" + Guid.NewGuid().ToString("N");
}

public static class ReviewKinds
{
    /// <summary>Matching scored the pair between the thresholds: a new person was made, a steward decides.</summary>
    public const string PossibleMatch = "possible-match";

    /// <summary>An event carried identifiers already linked to two persons; it was rejected.</summary>
    public const string IdentifierConflict = "identifier-conflict";

    /// <summary>
    /// A new record linked two persons, so matching merged them: a steward confirms it by dismissing the item, or
    /// undoes the merge it names. Open while the two persons are still merged (the other kinds: while they are apart).
    /// </summary>
    public const string MatcherMerge = "matcher-merge";
}
