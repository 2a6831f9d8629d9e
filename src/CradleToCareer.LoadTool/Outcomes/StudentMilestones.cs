namespace CradleToCareer.LoadTool.Outcomes;

/// <summary>The standard diploma that makes a student a member of <c>graduates:&lt;SchoolYear&gt;</c> at the school.</summary>
public sealed record Graduation(string SchoolId, string SchoolYear, DateOnly Date);

/// <summary>The first postsecondary term and the college that makes the student one of its <c>entrants:&lt;Term&gt;</c>.</summary>
public sealed record Entry(string CollegeId, string? Kind, CalendarTerm Term);

/// <summary>
/// What one generated student reached and when, by the milestone dates of domain-rules.md, computed from the
/// generator's events alone (retracted ones left out). Each date is null when the milestone was not reached.
/// </summary>
/// <param name="Student">The generator's student number.</param>
/// <param name="Sex">The latest sex the student's records give, or null when none gives one.</param>
/// <param name="Graduated">The earliest standard diploma, or null.</param>
/// <param name="AidApplied">The earliest FAFSA or CADAA submission.</param>
/// <param name="Entered">The first postsecondary term and its college, or null.</param>
/// <param name="ThirtyUnits">The end of the term in which cumulative units earned reach 30.</param>
/// <param name="Transferred">The start of the first four-year term after a term with community-college units earned.</param>
/// <param name="Credential">The earliest award date.</param>
/// <param name="EmployedAfterCredential">The start of the first quarter with wages that starts after the award.</param>
/// <param name="FirstSocialServices">The earliest start of a social-services participation.</param>
public sealed record StudentMilestones(
    long Student,
    string? Sex,
    Graduation? Graduated,
    DateOnly? AidApplied,
    Entry? Entered,
    DateOnly? ThirtyUnits,
    DateOnly? Transferred,
    DateOnly? Credential,
    DateOnly? EmployedAfterCredential,
    DateOnly? FirstSocialServices)
{
    /// <summary>The start of the earliest postsecondary enrollment term.</summary>
    public DateOnly? Enrolled => Entered?.Term.Start;

    /// <summary>True when a social-services participation starts before <paramref name="d0"/> (outcomes.md breakdown).</summary>
    public bool SocialServicesBefore(DateOnly d0) => FirstSocialServices < d0;
}
