namespace CradleToCareer.Domain.Matching;

/// <summary>Where a record lands, from its scored candidates: the best one's verdict, and the other persons it bridges.</summary>
/// <param name="Verdict">The best candidate's class; <see cref="MatchClass.NonMatch"/> without candidates.</param>
/// <param name="BestPersonId">The best candidate's person; null without candidates.</param>
/// <param name="BestScore">The best candidate's score; null without candidates.</param>
/// <param name="Bridged">
/// For a link, the other persons the record links to as well by evidence that may merge persons
/// (<see cref="MatchThresholds.Bridges"/>); null when there are none.
/// </param>
public sealed record RankedCandidates(MatchClass Verdict, string? BestPersonId, MatchScore? BestScore, IReadOnlyList<string>? Bridged);

/// <summary>Ranks a record's candidates: the highest total wins, ties go to the lowest person id (so runs repeat).</summary>
public static class CandidateRanking
{
    public static RankedCandidates Decide(IEnumerable<(string PersonId, MatchScore Score)> candidates, MatchThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(thresholds);
        var ranked = candidates
            .OrderByDescending(candidate => candidate.Score.Total)
            .ThenBy(candidate => candidate.PersonId, StringComparer.Ordinal)
            .ToList();
        if (ranked.Count == 0)
        {
            return new RankedCandidates(MatchClass.NonMatch, null, null, null);
        }

        var (bestPerson, bestScore) = ranked[0];
        var verdict = thresholds.Classify(bestScore);
        return new RankedCandidates(verdict, bestPerson, bestScore, verdict == MatchClass.Link ? Bridged(ranked, thresholds) : null);
    }

    /// <summary>The other persons a linked record bridges to, when its link to the best person may merge persons too.</summary>
    private static List<string>? Bridged(List<(string PersonId, MatchScore Score)> ranked, MatchThresholds thresholds)
    {
        if (!thresholds.Bridges(ranked[0].Score))
        {
            return null;
        }

        var others = ranked.Skip(1)
            .Where(candidate => candidate.PersonId != ranked[0].PersonId && thresholds.Bridges(candidate.Score))
            .Select(candidate => candidate.PersonId)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return others.Count == 0 ? null : others;
    }
}
