using System.Globalization;
using CradleToCareer.Domain.Accounts;
using CradleToCareer.Domain.Consent;
using CradleToCareer.Domain.Rules;

namespace CradleToCareer.Host.Pages.Student;

/// <summary>How the student pages say ids, codes, dates and amounts in words.</summary>
public static class StudentWords
{
    private static readonly Dictionary<string, string> Subjects = new(StringComparer.Ordinal)
    {
        ["a"] = "a. History and social science",
        ["b"] = "b. English",
        ["c"] = "c. Mathematics",
        ["d"] = "d. Laboratory science",
        ["e"] = "e. Language other than English",
        ["f"] = "f. Visual and performing arts",
        ["g"] = "g. College-preparatory elective",
    };

    private static readonly Dictionary<string, string> Milestones = new(StringComparer.Ordinal)
    {
        [MilestoneIds.AgComplete] = "Completed the a-g courses",
        [MilestoneIds.Graduated] = "Graduated from high school",
        [MilestoneIds.AidApplicationSubmitted] = "Applied for financial aid",
        [MilestoneIds.CalGrantDisbursed] = "Received a Cal Grant",
        [MilestoneIds.PostsecondaryEnrolled] = "Enrolled in college",
        [MilestoneIds.ThirtyUnits] = "Earned 30 college units",
        [MilestoneIds.Transferred] = "Transferred",
        [MilestoneIds.CredentialEarned] = "Earned a college credential",
        [MilestoneIds.EmployedAfterCredential] = "Employed after the credential",
    };

    private static readonly Dictionary<string, string> Flags = new(StringComparer.Ordinal)
    {
        [RiskFlagIds.ChronicAbsence] = "Absent often this school year",
        [RiskFlagIds.AgOffTrack] = "Behind on the a-g courses",
        [RiskFlagIds.LowGpa] = "Grade point average below 2.0",
    };

    private static readonly Dictionary<string, string> ScopeNames = new(StringComparer.Ordinal)
    {
        ["transcript"] = "Transcript",
        ["progress"] = "Progress",
        ["finaid"] = "Financial aid",
        ["workforce"] = "Wages",
        ["social-services"] = "Social services",
        ["alerts"] = "Alerts",
        ["profile"] = "Your whole record",
        ["consents"] = "Your consents",
        ["disclosures"] = "This list",
        ["transcript-requests"] = "Transcript requests waiting for you",
        ["identity"] = "That a record of you exists",
    };

    public static string Subject(string letter) => Subjects.GetValueOrDefault(letter, letter);

    public static string Milestone(string id) => Milestones.GetValueOrDefault(id, id);

    public static string Flag(string id) => Flags.GetValueOrDefault(id, id);

    /// <summary>A consent scope, or what a disclosure was recorded as.</summary>
    public static string Scope(string scope) => ScopeNames.GetValueOrDefault(scope, scope);

    public static string Grantor(string kind) => kind == AccountKinds.Guardian ? ConsentRules.Guardian : ConsentRules.Student;

    public static string Date(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Date(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    public static string Iso(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    public static string Gpa(decimal? gpa) => gpa is { } value ? value.ToString("0.00", CultureInfo.InvariantCulture) : "none yet";

    public static string Money(decimal amount) => amount.ToString("$#,##0.00", CultureInfo.InvariantCulture);

    /// <summary>An institution of the profile by its name, or its id when no event named it.</summary>
    public static string Place(Domain.Profile.StudentProfile profile, string institutionId) =>
        profile.Institutions.FirstOrDefault(i => i.InstitutionId == institutionId)?.Name is { Length: > 0 } name
            ? $"{name} ({institutionId})"
            : institutionId;

    public static string Level(string level) => level switch
    {
        "k12" => "school records",
        "postsecondary" => "college records",
        _ => "school and college records",
    };
}
