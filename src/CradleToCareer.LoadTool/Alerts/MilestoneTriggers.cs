using CradleToCareer.LoadTool.Events;
using CradleToCareer.LoadTool.Generation;

namespace CradleToCareer.LoadTool.Alerts;

/// <summary>One event that makes a student reach one milestone of rules.md, and nothing else, on a known date.</summary>
public sealed record MilestoneTrigger(string MilestoneId, string Code, Func<StudentProfile, DateOnly, (string Source, StudentBlock Block, IEventData Data)> Build)
{
    public GeneratedEvent Event(StudentProfile s, string tag, DateOnly date, DateTime time)
    {
        var (source, block, data) = Build(s, date);
        return new GeneratedEvent(source, $"{tag}-{s.Index:D7}-{Code}", time, block, data, s.Index);
    }
}

/// <summary>
/// The milestones a fresh student (one K-12 enrollment, no courses) reaches with a single event each. Every event names
/// the student's SSID besides the sending system's own id, so it lands on the student's person. Left out: a-g complete
/// and 30 units (many events), transfer and employment after a credential (they depend on other records).
/// </summary>
public static class MilestoneTriggers
{
    public static readonly MilestoneTrigger[] All =
    [
        new("finaid.application-submitted", "fafsa", (s, date) =>
            (StateAgencies.Csac, AidBlock(s), new AidApplicationSubmitted("fafsa", AwardYear(date), date))),
        new("postsecondary.enrolled", "enrolled", (s, date) =>
            (College(s).Source, CollegeBlock(s), new PostsecondaryEnrollment(College(s).Institution, AcademicTerm.Fall(date.Year - 1).Label, "undergraduate", null, 12m))),
        new("k12.graduated", "graduated", (s, date) =>
            (s.District.Source, s.K12Block(s.District), new K12Graduated(StudentEvents.School(s), StudentEvents.SchoolYear(StudentEvents.SchoolYearStart(date)), date, "standard"))),
        new("finaid.cal-grant-disbursed", "calgrant", (s, date) =>
            (StateAgencies.Csac, AidBlock(s), new AidDisbursed("cal-grant-b", AwardYear(date), College(s).Institution, 824.00m, date))),
        new("postsecondary.credential-earned", "credential", (s, date) =>
            (College(s).Source, CollegeBlock(s), new AwardConferred(College(s).Institution, date, "certificate", "11.0701", "Certificate of Achievement in Computer Science"))),
    ];

    private static College College(StudentProfile s) => s.District.CommunityCollege;

    private static StudentBlock AidBlock(StudentProfile s) => s.Block([new("csac-id", s.CsacId), new("ssid", s.Ssid)], withSsn: false);

    private static StudentBlock CollegeBlock(StudentProfile s) =>
        s.Block([new("ccc-id", s.CccId), new($"local:{College(s).OrgKey}", s.LocalNumber), new("ssid", s.Ssid)], withSsn: false);

    private static string AwardYear(DateOnly date) => $"{date.Year}-{date.Year + 1}";
}
