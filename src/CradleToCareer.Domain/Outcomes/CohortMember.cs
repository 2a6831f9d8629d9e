using CradleToCareer.Domain.Profile;

namespace CradleToCareer.Domain.Outcomes;

/// <summary>
/// What one person contributes to one cohort of one institution (outcomes.md): the cohort's start date
/// <c>d0</c>, the breakdown cells the person falls in, every milestone the person has reached with its date, the
/// wages that enter the median, and the traits a research extract may carry. A pure function of the profile
/// (<see cref="CohortMembership.Of"/>), so institution grains can be rebuilt from student grains at any time.
/// </summary>
/// <param name="InstitutionId">The school the person graduated from, or the college the person entered.</param>
/// <param name="InstitutionKind">The institution's kind as the person's records give it (events.md), or null.</param>
/// <param name="Cohort">The cohort key, e.g. <c>graduates:2024-2025</c> or <c>entrants:2025-FA</c>.</param>
/// <param name="Start">The cohort's start date <c>d0</c> for this person.</param>
/// <param name="Sex">One of <see cref="OutcomeBreakdowns.SexCells"/>.</param>
/// <param name="SocialServices">True when a social-services participation starts before <see cref="Start"/>.</param>
/// <param name="Milestones">Every milestone the person has reached, with its date.</param>
/// <param name="WagesAfterCredential">
/// The summed wages of the four quarters after the award, when the person qualifies for the median; else null.
/// </param>
/// <param name="Traits">What a research extract may carry about the person, in bands chosen at extract time.</param>
public sealed record CohortMember(
    string InstitutionId,
    string? InstitutionKind,
    string Cohort,
    DateOnly Start,
    string Sex,
    bool SocialServices,
    IReadOnlyList<ReachedMilestone> Milestones,
    decimal? WagesAfterCredential,
    MemberTraits Traits);

/// <summary>
/// The person's traits a research extract draws on, unbanded: the birth year (never the date), the K-12 and
/// postsecondary GPAs, postsecondary units earned, the highest award level, and the wages of the latest four quarters.
/// </summary>
public sealed record MemberTraits(
    int? BirthYear,
    decimal? K12Gpa,
    decimal? PostsecondaryGpa,
    decimal UnitsEarned,
    string? HighestAwardLevel,
    decimal? AnnualWages);

/// <summary>A cohort member with the person it is: what an extract reads, page by page, from an institution.</summary>
public sealed record PersonInCohort(string PersonId, CohortMember Member);
