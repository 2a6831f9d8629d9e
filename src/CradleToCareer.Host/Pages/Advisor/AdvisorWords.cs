using CradleToCareer.Application.Alerts;
using CradleToCareer.Domain.Alerts;
using CradleToCareer.Domain.Profile;
using CradleToCareer.Domain.Rules;

namespace CradleToCareer.Host.Pages.Advisor;

/// <summary>The words the advisor's pages use for milestones, risk flags, enrollments and alerts.</summary>
public static class AdvisorWords
{
    private static readonly Dictionary<string, string> Milestones = new(StringComparer.Ordinal)
    {
        [MilestoneIds.AgComplete] = "a-g requirements complete",
        [MilestoneIds.Graduated] = "Graduated from high school",
        [MilestoneIds.AidApplicationSubmitted] = "Financial aid application submitted",
        [MilestoneIds.CalGrantDisbursed] = "Cal Grant disbursed",
        [MilestoneIds.PostsecondaryEnrolled] = "Enrolled in college",
        [MilestoneIds.ThirtyUnits] = "30 college units earned",
        [MilestoneIds.Transferred] = "Transferred",
        [MilestoneIds.CredentialEarned] = "College credential earned",
        [MilestoneIds.EmployedAfterCredential] = "Employed after a credential",
    };

    private static readonly Dictionary<string, string> Flags = new(StringComparer.Ordinal)
    {
        [RiskFlagIds.ChronicAbsence] = "Chronic absence",
        [RiskFlagIds.AgOffTrack] = "a-g off track",
        [RiskFlagIds.LowGpa] = "Low GPA",
    };

    private static readonly Dictionary<string, string> Subjects = new(StringComparer.Ordinal)
    {
        ["a"] = "a: History / social science",
        ["b"] = "b: English",
        ["c"] = "c: Mathematics",
        ["d"] = "d: Laboratory science",
        ["e"] = "e: Language other than English",
        ["f"] = "f: Visual and performing arts",
        ["g"] = "g: College-preparatory elective",
    };

    public static string Milestone(string id) => Milestones.GetValueOrDefault(id, id);

    public static string Flag(string id) => Flags.GetValueOrDefault(id, id);

    public static string Subject(string letter) => Subjects.GetValueOrDefault(letter, letter);

    public static string Enrollment(CurrentEnrollment? enrollment) => enrollment switch
    {
        null => "Not enrolled now",
        { Level: CurrentEnrollment.K12Level } => $"{enrollment.InstitutionName ?? enrollment.InstitutionId}, grade {enrollment.GradeLevel ?? "unknown"}",
        _ => $"{enrollment.InstitutionName ?? enrollment.InstitutionId}, term {enrollment.Term ?? "unknown"}",
    };

    public static string Gpa(decimal? gpa) => gpa is { } value ? value.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) : "no graded course";

    public static string Number(decimal value) => value.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);

    public static string Alert(WatchedAlert alert) => alert.Kind switch
    {
        AlertKind.MilestoneReached => "Milestone reached: " + Milestone(alert.MilestoneId),
        AlertKind.MilestoneRetracted => "Milestone retracted: " + Milestone(alert.MilestoneId),
        _ => "Risk raised: " + Flag(alert.MilestoneId),
    };
}
