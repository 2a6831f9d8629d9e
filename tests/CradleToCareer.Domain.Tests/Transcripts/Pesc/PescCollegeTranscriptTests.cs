using System.Xml.Linq;
using System.Xml.XPath;
using CradleToCareer.Domain.Transcripts;
using CradleToCareer.Domain.Transcripts.Pesc;

namespace CradleToCareer.Domain.Tests.Transcripts.Pesc;

public sealed class PescCollegeTranscriptTests
{
    private readonly Transcript transcript = PescFixtures.TranscriptOf(PescFixtures.FullHistory(), TranscriptLevels.Postsecondary);
    private readonly XDocument document;

    public PescCollegeTranscriptTests() => document = PescFixtures.Valid(transcript);

    [Fact]
    public void Level_postsecondary_is_a_college_transcript_with_only_the_college_record()
    {
        Assert.Equal(PescNamespaces.CollegeTranscript + "CollegeTranscript", document.Root!.Name);
        var school = Assert.Single(document.XPathSelectElements("/*/Student/AcademicRecord/School"));
        Assert.Equal("111111", school.Element("IPEDS")!.Value);
        Assert.Equal("ipeds:111111", school.Element("MutuallyDefined")!.Value);
        Assert.Equal("College ipeds:111111", school.Element("OrganizationName")!.Value);
        Assert.Equal("Postsecondary", school.Element("SchoolLevel")!.Value);
        Assert.Null(school.Element("LocalOrganizationID"));
        Assert.Null(document.XPathSelectElement("/*/Student/Person/HighSchool"));
        Assert.Empty(document.Values("/*/NoteMessage"));
    }

    [Fact]
    public void Terms_are_semester_sessions_and_the_summer_a_summer_session()
    {
        var sessions = document.XPathSelectElements("//AcademicSession/AcademicSessionDetail").ToList();

        Assert.Equal(["2025-08", "2026-01", "2026-06"], sessions.Select(s => s.Element("SessionDesignator")!.Value));
        Assert.Equal(["2025-FA", "2026-SP", "2026-SU"], sessions.Select(s => s.Element("SessionName")!.Value));
        Assert.Equal(["Semester", "Semester", "SummerSession"], sessions.Select(s => s.Element("SessionType")!.Value));
        Assert.All(sessions, s => Assert.Equal("2025-2026", s.Element("SessionSchoolYear")!.Value));
        Assert.Empty(document.XPathSelectElements("//AcademicSession/StudentLevel"));
    }

    [Fact]
    public void Courses_are_in_semester_units_with_units_attempted_and_earned()
    {
        var english = document.XPathSelectElement("//AcademicSession[AcademicSessionDetail/SessionName='2026-SP']/Course[OriginalCourseID='ENGL1A']")!;

        Assert.Equal("Semester", english.Element("CourseCreditUnits")!.Value);
        Assert.Equal(4m, (decimal)english.Element("CourseCreditValue")!);
        Assert.Equal(4m, (decimal)english.Element("CourseCreditEarned")!);
        Assert.Equal("A-", english.Element("CourseAcademicGrade")!.Value);
        Assert.Equal(14.8m, (decimal)english.Element("CourseQualityPointsEarned")!);
        Assert.Equal("RepeatCounted", english.Element("CourseRepeatCode")!.Value);
        Assert.Null(english.Element("CourseCreditLevel"));
        Assert.Null(english.Element("Requirement"));
        Assert.Equal("Withdrew", document.Course("BIO1").Element("CourseAcademicGradeStatusCode")!.Value);
    }

    [Fact]
    public void A_term_without_a_graded_course_has_no_term_gpa_but_keeps_the_cumulative_one()
    {
        var summer = document.XPathSelectElement("//AcademicSession[AcademicSessionDetail/SessionName='2026-SU']")!;

        Assert.Null(summer.XPathSelectElement("AcademicSummary[AcademicSummaryType='All']/GPA/GradePointAverage"));
        Assert.Equal(0m, (decimal)summer.XPathSelectElement("AcademicSummary[AcademicSummaryType='All']/GPA/CreditHoursEarned")!);
        Assert.Equal(
            transcript.Postsecondary!.Terms[^1].CumulativeGpa,
            (decimal?)summer.XPathSelectElement("AcademicSummary[AcademicSummaryType='Cumulative']/GPA/GradePointAverage"));
    }

    [Fact]
    public void The_units_earned_and_gpa_are_the_record_summary()
    {
        var summary = Assert.Single(document.XPathSelectElements("/*/Student/AcademicRecord/AcademicSummary"));

        Assert.Equal("All", summary.Element("AcademicSummaryType")!.Value);
        Assert.Equal(transcript.Postsecondary!.UnitsEarned, (decimal)summary.XPathSelectElement("GPA/CreditHoursEarned")!);
        Assert.Equal(transcript.Postsecondary.Gpa, (decimal?)summary.XPathSelectElement("GPA/GradePointAverage"));
        Assert.Equal("Semester", summary.XPathSelectElement("GPA/CreditUnit")!.Value);
    }

    [Fact]
    public void An_award_has_its_level_date_title_and_program_cip_code()
    {
        var award = Assert.Single(document.XPathSelectElements("//AcademicAward"));

        Assert.Equal("2.3", award.Element("AcademicAwardLevel")!.Value);
        Assert.Equal("2026-06-10", award.Element("AcademicAwardDate")!.Value);
        Assert.Equal("AA Liberal Arts", award.Element("AcademicAwardTitle")!.Value);
        Assert.Equal("2026-06-10", award.Element("AcademicCompletionDate")!.Value);
        Assert.Equal("24.0101", award.XPathSelectElement("AcademicAwardProgram/ProgramCIPCode")!.Value);
        Assert.Equal("Major", award.XPathSelectElement("AcademicAwardProgram/AcademicProgramType")!.Value);
    }

    [Fact]
    public void The_terms_attended_are_a_note_of_the_college_record()
    {
        Assert.Equal(["Terms attended: 2025-FA to 2026-SU"], document.Values("/*/Student/AcademicRecord/NoteMessage"));
    }
}
