namespace CradleToCareer.LoadTool.Views;

/// <summary>
/// Who grants a consent (rules.md, Consent): a parent or guardian while the student is under 18 and has never enrolled
/// in postsecondary education, the student otherwise.
/// </summary>
public static class ConsentGrantor
{
    public const string Student = "student";
    public const string Guardian = "guardian";

    public static string For(DateOnly birthDate, bool enrolledInPostsecondary, DateOnly today) =>
        birthDate.AddYears(18) > today && !enrolledInPostsecondary ? Guardian : Student;
}
