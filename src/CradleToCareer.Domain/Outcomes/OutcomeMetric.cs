using CradleToCareer.Domain.Rules;

namespace CradleToCareer.Domain.Outcomes;

/// <summary>
/// A rate metric of outcomes.md: the share of a cohort's members who reached <paramref name="MilestoneId"/> on or before
/// <c>d0</c> + <paramref name="WindowDays"/>.
/// </summary>
/// <param name="Id">The metric id, e.g. <c>credential-3y</c>.</param>
/// <param name="CohortKind">The cohort kind it is given for (<see cref="CohortKinds"/>).</param>
/// <param name="MilestoneId">The milestone counted (<see cref="MilestoneIds"/>).</param>
/// <param name="WindowDays">Days after <c>d0</c> the milestone may still be reached on.</param>
/// <param name="CommunityCollegesOnly">
/// True when only members who entered a community college count, numerator and denominator alike.
/// </param>
public sealed record OutcomeMetric(string Id, string CohortKind, string MilestoneId, int WindowDays, bool CommunityCollegesOnly = false)
{
    /// <summary>True when the member is counted at all: every member, or only community-college entrants.</summary>
    public bool Counts(CohortMember member) =>
        !CommunityCollegesOnly || member.InstitutionKind == InstitutionKinds.CommunityCollege;

    /// <summary>True when the member reached the milestone on or before its start + the window.</summary>
    public bool IsReachedBy(CohortMember member)
    {
        var deadline = member.Start.AddDays(WindowDays);
        var milestones = member.Milestones;
        for (var i = 0; i < milestones.Count; i++)
        {
            if (milestones[i].ReachedOn <= deadline && string.Equals(milestones[i].Id, MilestoneId, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
