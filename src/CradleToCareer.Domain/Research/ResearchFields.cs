namespace CradleToCareer.Domain.Research;

/// <summary>The optional fields a project may be approved for, beyond the columns every extract row has.</summary>
public static class ResearchFields
{
    /// <summary>Per milestone: months from the cohort start to reaching it, blank when not reached.</summary>
    public const string Milestones = "milestones";

    /// <summary>K-12 and postsecondary GPA, each in a band.</summary>
    public const string GpaBands = "gpa-bands";

    /// <summary>Postsecondary units earned, in a band.</summary>
    public const string UnitsBand = "units-band";

    /// <summary>The highest postsecondary award level.</summary>
    public const string AwardLevel = "award-level";

    /// <summary>Wages of the latest four quarters, in a band.</summary>
    public const string WageBand = "wage-band";

    /// <summary>Social-services participation before the cohort start: yes or no.</summary>
    public const string SocialServices = "social-services";

    public static IReadOnlyList<string> All { get; } = [Milestones, GpaBands, UnitsBand, AwardLevel, WageBand, SocialServices];
}
