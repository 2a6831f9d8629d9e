using CradleToCareer.Domain.Events;

namespace CradleToCareer.Domain.Tests.Profile;

/// <summary>Builds source events for one test person; each call gets the next id ("e0001", "e0002", ...) from one source.</summary>
internal sealed class TestEvents(string source = TestEvents.DefaultSource)
{
    public const string DefaultSource = "urn:c2c:source:test";
    public const string HighSchool = "cds:19647331931765";
    public const string MiddleSchool = "cds:19647330000001";
    public const string CommunityCollege = "ipeds:111111";
    public const string University = "ipeds:222222";

    private int next;

    public StudentBlock Student { get; init; } = new([new StudentIdentifier("ssid", "1234567890")], "Ana", "R", "Lopez", new DateOnly(2007, 3, 14), "F");

    public SourceEvent Course(
        string schoolYear, string term, string grade, string code, char? ag, string mark,
        decimal credits = 5m, bool honors = false, string school = HighSchool, decimal? earned = null) =>
        Make(EventTypes.K12CourseCompleted, new K12CourseCompleted(
            School(school), schoolYear, term, grade, code, $"Course {code}", ag, honors, mark, credits,
            earned ?? (mark is "F" or "NP" or "I" or "W" ? 0m : credits)));

    public SourceEvent Started(string schoolYear, string grade, DateOnly entry, string school = HighSchool) =>
        Make(EventTypes.K12EnrollmentStarted, new K12EnrollmentStarted(School(school), schoolYear, grade, entry));

    public SourceEvent Ended(string schoolYear, DateOnly exit, string reason = "completed", string school = HighSchool) =>
        Make(EventTypes.K12EnrollmentEnded, new K12EnrollmentEnded(School(school), schoolYear, exit, reason));

    public SourceEvent Attendance(string schoolYear, int enrolled, int absent, DateTimeOffset? time = null, string school = HighSchool) =>
        Make(EventTypes.K12AttendanceSummarized, new K12AttendanceSummarized(School(school), schoolYear, enrolled, absent), time);

    public SourceEvent Graduated(string schoolYear, DateOnly date, string diplomaType = "standard", string school = HighSchool) =>
        Make(EventTypes.K12Graduated, new K12Graduated(School(school), schoolYear, date, diplomaType));

    public SourceEvent Enrolled(string term, string college = CommunityCollege, string? kind = "community-college", decimal units = 12m) =>
        Make(EventTypes.PostsecondaryEnrollment, new PostsecondaryEnrollment(
            new InstitutionRef(college, $"College {college}", kind), term, "undergraduate", "24.0101", units));

    public SourceEvent CollegeCourse(
        string term, string code, string mark, decimal units = 3m, decimal? earned = null,
        string college = CommunityCollege, string? kind = null) =>
        Make(EventTypes.PostsecondaryCourseCompleted, new PostsecondaryCourseCompleted(
            new InstitutionRef(college, null, kind), term, code, $"Course {code}", mark, units,
            earned ?? (mark is "F" or "NP" or "I" or "W" ? 0m : units)));

    public SourceEvent Award(DateOnly date, string college = CommunityCollege, string level = "associate") =>
        Make(EventTypes.PostsecondaryAwardConferred, new AwardConferred(new InstitutionRef(college), date, level, "24.0101", "AA Liberal Arts"));

    public SourceEvent Application(DateOnly submitted, string application = "fafsa", string awardYear = "2025-2026") =>
        Make(EventTypes.FinaidApplicationSubmitted, new AidApplicationSubmitted(application, awardYear, submitted));

    public SourceEvent Disbursed(DateOnly date, string program = "cal-grant-b", decimal amount = 1648m, string? college = CommunityCollege) =>
        Make(EventTypes.FinaidAwardDisbursed, new AidDisbursed(
            program, "2025-2026", college is null ? null : new InstitutionRef(college), amount, date));

    public SourceEvent Wage(int year, int quarter, decimal wages, string employer = "emp-1") =>
        Make(EventTypes.WorkforceWageReported, new WageReported(new EmployerRef(employer, "622110"), year, quarter, wages));

    public SourceEvent Participation(string program, DateOnly start, DateOnly? end = null) =>
        Make(EventTypes.SocialServicesParticipation, new ServiceParticipation(program, start, end));

    public SourceEvent Retract(SourceEvent target, string? retractsSource = null) =>
        Make(EventTypes.CorrectionRetracted, new Retraction(new EventKey(retractsSource ?? target.Key.Source, target.Key.Id), "sent in error"));

    public SourceEvent Make(string type, EventBody body, DateTimeOffset? time = null, StudentBlock? student = null) =>
        new(new EventKey(source, $"e{++next:D4}"), type, time, student ?? Student, body);

    private static InstitutionRef School(string id) => new(id, $"School {id[^4..]}", "k12-school");
}
