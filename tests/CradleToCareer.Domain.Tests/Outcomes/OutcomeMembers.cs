using CradleToCareer.Domain.Outcomes;
using CradleToCareer.Domain.Profile;
using CradleToCareer.Domain.Rules;

namespace CradleToCareer.Domain.Tests.Outcomes;

/// <summary>Cohort members built directly, for the figures: one graduates and one entrants cohort with fixed starts.</summary>
internal static class OutcomeMembers
{
    public const string GraduatesCohort = "graduates:2024-2025";
    public const string EntrantsCohort = "entrants:2025-FA";

    /// <summary>d0 of <see cref="GraduatesCohort"/>: the graduation day.</summary>
    public static readonly DateOnly GraduationDay = new(2025, 6, 12);

    /// <summary>d0 of <see cref="EntrantsCohort"/>: the start of 2025-FA.</summary>
    public static readonly DateOnly FallStart = new(2025, 8, 1);

    private static readonly MemberTraits NoTraits = new(null, null, null, 0m, null, null);

    public static CohortMember Graduate(string sex = "F", bool socialServices = false, params ReachedMilestone[] milestones) =>
        new(OutcomeProfiles.HighSchool, InstitutionKinds.K12School, GraduatesCohort, GraduationDay, sex, socialServices, milestones, null, NoTraits);

    public static CohortMember Entrant(
        string sex = "F", bool socialServices = false, string? kind = InstitutionKinds.CommunityCollege, decimal? wages = null,
        params ReachedMilestone[] milestones) =>
        new(OutcomeProfiles.CommunityCollege, kind, EntrantsCohort, FallStart, sex, socialServices, milestones, wages, NoTraits);

    public static ReachedMilestone Reached(string milestoneId, DateOnly on) => new(milestoneId, on);

    public static IEnumerable<CohortMember> Times(this CohortMember member, int count) => Enumerable.Repeat(member, count);
}
