using CradleToCareer.Domain.Profile;

namespace CradleToCareer.Domain.Outcomes;

/// <summary>The unbanded <see cref="MemberTraits"/> of a profile, the same for each cohort the person is in.</summary>
public static class MemberTraitsProjection
{
    /// <summary>
    /// Birth year, both GPAs and units earned as the profile gives them, the highest award level (certificate lowest,
    /// doctorate highest) and the wages of the four quarters ending with the latest quarter that has a wage record.
    /// </summary>
    public static MemberTraits Of(StudentProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return new MemberTraits(
            profile.Student.BirthDate?.Year,
            profile.K12.Gpa,
            profile.Postsecondary.Gpa,
            profile.Postsecondary.UnitsEarned,
            AwardLevels.Highest(profile.Postsecondary.Awards.Select(a => a.AwardLevel)),
            WageQuarters.LatestYear(profile.Workforce.Wages));
    }
}
