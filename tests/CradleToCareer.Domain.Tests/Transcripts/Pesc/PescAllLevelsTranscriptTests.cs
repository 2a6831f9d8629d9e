using System.Xml.XPath;
using CradleToCareer.Domain.Profile;
using CradleToCareer.Domain.Tests.Profile;
using CradleToCareer.Domain.Transcripts;
using CradleToCareer.Domain.Transcripts.Pesc;

namespace CradleToCareer.Domain.Tests.Transcripts.Pesc;

public sealed class PescAllLevelsTranscriptTests
{
    [Fact]
    public void Level_all_is_a_college_transcript_with_the_k12_records_first()
    {
        var document = PescFixtures.Valid(PescFixtures.FullHistory(), TranscriptLevels.All);

        Assert.Equal(PescNamespaces.CollegeTranscript + "CollegeTranscript", document.Root!.Name);
        Assert.Equal(
            ["cds:19647330000001", "cds:19647331931765", "ipeds:111111"],
            document.Values("/*/Student/AcademicRecord/School/MutuallyDefined"));
        Assert.Equal(["Postsecondary"], document.Values("/*/Student/AcademicRecord/School/SchoolLevel"));
        Assert.Equal(2, document.XPathSelectElements("//AcademicAward").Count());
        Assert.Single(document.XPathSelectElements("//AcademicSummary[AcademicSummaryType='UserDefined']"));
    }

    [Fact]
    public void The_person_names_the_high_school_of_the_diploma()
    {
        var document = PescFixtures.Valid(PescFixtures.FullHistory(), TranscriptLevels.All);

        Assert.Equal("School 1765", document.Value("/*/Student/Person/HighSchool/OrganizationName"));
        Assert.Equal("cds:19647331931765", document.Value("/*/Student/Person/HighSchool/MutuallyDefined"));
    }

    [Fact]
    public void Each_level_has_its_own_cumulative_summary_in_its_own_unit()
    {
        var document = PescFixtures.Valid(PescFixtures.FullHistory(), TranscriptLevels.All);

        Assert.Equal(
            ["Units", "Semester"],
            document.Values("/*/Student/AcademicRecord/AcademicSummary[AcademicSummaryType='All']/GPA/CreditUnit"));
    }

    [Fact]
    public void Totals_of_a_term_at_two_colleges_appear_once_in_the_later_college_session()
    {
        var events = new TestEvents();
        var profile = StudentProjection.Project("p_1", [
            events.Enrolled("2025-FA"),
            events.Enrolled("2026-SP", TestEvents.University, "uc"),
            events.CollegeCourse("2025-FA", "ENGL1A", "B"),
            events.CollegeCourse("2026-SP", "MATH2", "A"),
            events.CollegeCourse("2026-SP", "PHYS1", "C", college: TestEvents.University),
        ], PescFixtures.Today);

        var document = PescFixtures.Valid(profile, TranscriptLevels.All);

        var spring = document.XPathSelectElements("//AcademicSession[AcademicSessionDetail/SessionName='2026-SP']").ToList();
        Assert.Equal(2, spring.Count);
        Assert.Empty(spring[0].Elements("AcademicSummary"));
        Assert.Equal("222222", spring[1].Parent!.XPathSelectElement("School/IPEDS")!.Value);
        Assert.Equal("3.00", spring[1].XPathSelectElement("AcademicSummary[AcademicSummaryType='All']/GPA/GradePointAverage")!.Value);
        Assert.Equal(6m, (decimal)spring[1].XPathSelectElement("AcademicSummary[AcademicSummaryType='All']/GPA/CreditHoursEarned")!);
    }

    [Fact]
    public void A_student_with_no_k12_history_still_gets_the_k12_totals_in_a_record_without_school()
    {
        var events = new TestEvents();
        var profile = StudentProjection.Project("p_1", [events.CollegeCourse("2025-FA", "ENGL1A", "B")], PescFixtures.Today);

        var document = PescFixtures.Valid(profile, TranscriptLevels.All);

        var records = document.XPathSelectElements("/*/Student/AcademicRecord").ToList();
        Assert.Equal(2, records.Count);
        Assert.Null(records[0].Element("School"));
        Assert.Equal("Secondary", records[0].XPathSelectElement("AcademicSummary/AcademicSummaryLevel")!.Value);
        Assert.Null(document.XPathSelectElement("/*/Student/Person/HighSchool"));
    }
}
