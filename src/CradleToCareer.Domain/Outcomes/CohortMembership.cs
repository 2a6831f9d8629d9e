using CradleToCareer.Domain.Profile;
using CradleToCareer.Domain.Rules;

namespace CradleToCareer.Domain.Outcomes;

/// <summary>
/// The cohorts of outcomes.md a person belongs to, from the profile alone: the graduates cohort of the school whose
/// standard diploma graduated them, and the entrants cohort of the college they first enrolled at.
/// </summary>
public static class CohortMembership
{
    /// <summary>How long after <c>d0</c> a credential may come and still enter the median wages.</summary>
    public const int CredentialWagesWindowDays = 2190;

    /// <summary>No entry, the graduates entry, the entrants entry, or both (graduates first).</summary>
    public static IReadOnlyList<CohortMember> Of(StudentProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var members = new List<CohortMember>(2);
        var traits = MemberTraitsProjection.Of(profile);

        if (CohortEntries.Graduation(profile.K12.Diplomas) is { } diploma)
        {
            members.Add(Member(profile, traits, diploma.InstitutionId, CohortKinds.GraduatesOf(diploma.SchoolYear), diploma.Date));
        }

        if (CohortEntries.FirstEntry(profile.Postsecondary.Enrollments) is { } entry)
        {
            members.Add(Member(profile, traits, entry.InstitutionId, CohortKinds.EntrantsOf(entry.Term.ToPostsecondaryName()), entry.Term.Start));
        }

        return members;
    }

    /// <summary>
    /// The four quarters' wages after the <c>postsecondary.credential-earned</c> milestone, when that milestone comes no
    /// later than <paramref name="start"/> + 2190 days and a wage record falls in those quarters; else null.
    /// </summary>
    public static decimal? WagesAfterCredential(StudentProfile profile, DateOnly start)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var credential = profile.Milestones.FirstOrDefault(m => m.Id == MilestoneIds.CredentialEarned);
        return credential is not null && credential.ReachedOn <= start.AddDays(CredentialWagesWindowDays)
            ? WageQuarters.AfterAward(credential.ReachedOn, profile.Workforce.Wages)
            : null;
    }

    private static CohortMember Member(StudentProfile profile, MemberTraits traits, string institutionId, string cohort, DateOnly start) =>
        new(
            institutionId,
            profile.Institutions.FirstOrDefault(i => i.InstitutionId == institutionId)?.Kind,
            cohort,
            start,
            OutcomeBreakdowns.SexCell(profile.Student.Sex),
            profile.SocialServices.Participations.Any(p => p.StartDate < start),
            profile.Milestones,
            WagesAfterCredential(profile, start),
            traits);
}
