using CradleToCareer.Domain.Consent;
using CradleToCareer.Domain.Profile;

namespace CradleToCareer.Domain.Accounts;

/// <summary>
/// What decides who may hold an account for a student, taken from the profile on one day: whether a parent or
/// guardian still acts for the student (the same rule as for granting consent: under 18 and never enrolled in
/// postsecondary education), and the institutions the student has records at, whose staff may issue codes.
/// </summary>
public sealed record StudentAccountFacts(bool GuardianActs, IReadOnlyList<string> Institutions)
{
    public static StudentAccountFacts Of(StudentProfile profile, DateOnly today) => new(
        ConsentRules.RequiredGrantor(profile, today) == ConsentRules.Guardian,
        [.. profile.Institutions.Select(institution => institution.InstitutionId)]);

    /// <summary>Whether an account of this kind may act for the student now: a guardian's only while a guardian acts.</summary>
    public bool Allows(string kind) => kind switch
    {
        AccountKinds.Student => true,
        AccountKinds.Guardian => GuardianActs,
        _ => false,
    };
}
