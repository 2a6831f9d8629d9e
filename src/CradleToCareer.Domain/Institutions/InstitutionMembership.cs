using System.Text.Json.Serialization;
using CradleToCareer.Domain.Outcomes;

namespace CradleToCareer.Domain.Institutions;

/// <summary>
/// What one person contributes to one institution's counts: the current grade or term when currently enrolled there,
/// every milestone the person has reached (a milestone counts at every institution attended), and the person's place
/// in the institution's outcome cohorts (outcomes.md): as a graduate of the school or an entrant of the college.
/// </summary>
public sealed record InstitutionMembership(
    string InstitutionId,
    string? CurrentGradeLevel,
    string? CurrentTerm,
    IReadOnlyList<string> Milestones,
    IReadOnlyList<CohortMember> Cohorts)
{
    [JsonIgnore]
    public bool IsEnrolledNow => CurrentGradeLevel is not null || CurrentTerm is not null;

    /// <summary>True when both say the same, list contents compared item by item.</summary>
    public static bool Same(InstitutionMembership? a, InstitutionMembership? b) =>
        a is null || b is null
            ? a is null && b is null
            : a with { Milestones = [], Cohorts = [] } == b with { Milestones = [], Cohorts = [] }
              && a.Milestones.SequenceEqual(b.Milestones)
              && CohortMemberEquality.SameLists(a.Cohorts, b.Cohorts);
}
