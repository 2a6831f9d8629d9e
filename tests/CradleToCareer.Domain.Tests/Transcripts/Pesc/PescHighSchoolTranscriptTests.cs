using System.Globalization;
using System.Xml.Linq;
using System.Xml.XPath;
using CradleToCareer.Domain.Transcripts;
using CradleToCareer.Domain.Transcripts.Pesc;

namespace CradleToCareer.Domain.Tests.Transcripts.Pesc;

public sealed class PescHighSchoolTranscriptTests
{
    private readonly Transcript transcript = PescFixtures.TranscriptOf(PescFixtures.FullHistory(), TranscriptLevels.K12);
    private readonly XDocument document;

    public PescHighSchoolTranscriptTests() => document = PescFixtures.Valid(transcript);

    [Fact]
    public void Level_k12_is_a_high_school_transcript_with_a_record_per_school_in_order_attended()
    {
        Assert.Equal(PescNamespaces.HighSchoolTranscript + "HighSchoolTranscript", document.Root!.Name);
        Assert.Equal(
            ["19647330000001", "19647331931765"],
            document.Values("/*/Student/AcademicRecord/School/LocalOrganizationID/LocalOrganizationIDCode"));
        Assert.Equal(["CA", "CA"], document.Values("/*/Student/AcademicRecord/School/LocalOrganizationID/LocalOrganizationIDQualifier"));
        Assert.Equal(["cds:19647330000001", "cds:19647331931765"], document.Values("/*/Student/AcademicRecord/School/MutuallyDefined"));
        Assert.Equal(["School 0001", "School 1765"], document.Values("/*/Student/AcademicRecord/School/OrganizationName"));
        Assert.Empty(document.XPathSelectElements("//School/SchoolLevel"));
    }

    [Fact]
    public void Transmission_data_names_the_transcript_issuer_recipient_time_and_purpose()
    {
        Assert.Equal(PescFixtures.TranscriptId, document.Value("/*/TransmissionData/DocumentID"));
        Assert.Equal("2026-07-15T17:03:11.201Z", document.Value("/*/TransmissionData/CreatedDateTime"));
        Assert.Equal("InstitutionRequest", document.Value("/*/TransmissionData/DocumentTypeCode"));
        Assert.Equal("Original", document.Value("/*/TransmissionData/TransmissionType"));
        Assert.Equal(PescFixtures.Issuer, document.Value("/*/TransmissionData/Source/Organization/MutuallyDefined"));
        Assert.Equal("110635", document.Value("/*/TransmissionData/Destination/Organization/IPEDS"));
        Assert.Equal(PescFixtures.Recipient, document.Value("/*/TransmissionData/Destination/Organization/MutuallyDefined"));
        Assert.Equal("Purpose: Admission review", document.Value("/*/TransmissionData/NoteMessage"));
    }

    [Fact]
    public void The_person_has_the_visible_ids_birth_date_and_name_and_never_an_ssn()
    {
        Assert.Equal(["p_1", "1234567890"], document.Values("/*/Student/Person/AgencyIdentifier/AgencyAssignedID"));
        Assert.Equal(
            [PescStudentIds.PersonIdAgency, "California Statewide Student Identifier (SSID)"],
            document.Values("/*/Student/Person/AgencyIdentifier/AgencyName"));
        Assert.Equal(["State", "State"], document.Values("/*/Student/Person/AgencyIdentifier/AgencyCode"));
        Assert.Equal(PescFixtures.RecipientStudentNumber, document.Value("/*/Student/Person/RecipientAssignedID"));
        Assert.Equal("2007-03-14", document.Value("/*/Student/Person/Birth/BirthDate"));
        Assert.Equal(["Ana", "R", "Lopez"], document.Values("/*/Student/Person/Name/*"));
        Assert.Empty(document.XPathSelectElements("//SSN | //PartialSSN"));
    }

    [Fact]
    public void A_letter_mark_carries_scale_quality_points_and_counts_in_the_gpa()
    {
        var course = document.Course("ENG10A");

        Assert.Equal("Units", course.Element("CourseCreditUnits")!.Value);
        Assert.Equal("TenthGrade", course.Element("CourseCreditLevel")!.Value);
        Assert.Equal(5m, (decimal)course.Element("CourseCreditValue")!);
        Assert.Equal(5m, (decimal)course.Element("CourseCreditEarned")!);
        Assert.Equal(PescMarks.LetterScale, course.Element("CourseAcademicGradeScaleCode")!.Value);
        Assert.Equal("A-", course.Element("CourseAcademicGrade")!.Value);
        Assert.Equal(18.5m, (decimal)course.Element("CourseQualityPointsEarned")!);
        Assert.Equal("Applicable", course.Element("CourseGPAApplicabilityCode")!.Value);
        Assert.Equal("Course ENG10A", course.Element("CourseTitle")!.Value);
        Assert.Null(course.Element("CourseAcademicGradeStatusCode"));
        Assert.Null(course.Element("CourseLevel"));
    }

    [Theory]
    [InlineData("HIST10", "P", "PassFailPass")]
    [InlineData("ART1", "NP", "PassFailFail")]
    [InlineData("ENG10B", "I", "Incomplete")]
    [InlineData("CHEM", "W", "Withdrew")]
    public void An_ungraded_mark_has_a_status_and_no_quality_points(string code, string mark, string status)
    {
        var course = document.Course(code);

        Assert.Equal(mark, course.Element("CourseAcademicGrade")!.Value);
        Assert.Equal(status, course.Element("CourseAcademicGradeStatusCode")!.Value);
        Assert.Equal("NotApplicable", course.Element("CourseGPAApplicabilityCode")!.Value);
        Assert.Null(course.Element("CourseQualityPointsEarned"));
        Assert.Null(course.Element("CourseAcademicGradeScaleCode"));
    }

    [Fact]
    public void An_honors_course_is_at_course_level_honors()
    {
        Assert.Equal("Honors", document.Course("BIOH").Element("CourseLevel")!.Value);
    }

    [Fact]
    public void Every_attempt_of_a_repeated_course_is_repeat_counted_and_no_other_course_is()
    {
        var repeats = document.XPathSelectElements("//Course[CourseRepeatCode]").ToList();

        Assert.Equal(["ALG2", "ALG2"], repeats.Select(c => c.Element("OriginalCourseID")!.Value));
        Assert.All(repeats, c => Assert.Equal("RepeatCounted", c.Element("CourseRepeatCode")!.Value));
        Assert.Equal(["2023-08", "2024-01"], repeats.Select(c => c.Parent!.XPathSelectElement("AcademicSessionDetail/SessionDesignator")!.Value));
    }

    [Fact]
    public void Courses_sit_in_one_session_per_term_designated_by_its_first_month()
    {
        var sessions = document.XPathSelectElements("//AcademicSession/AcademicSessionDetail").ToList();

        Assert.Equal(["2023-08", "2024-01", "2024-06", "2024-08"], sessions.Select(s => s.Element("SessionDesignator")!.Value));
        Assert.Equal(["2023-2024 FA", "2023-2024 SP", "2023-2024 SU", "2024-2025 FA"], sessions.Select(s => s.Element("SessionName")!.Value));
        Assert.Equal(["Semester", "Semester", "SummerSession", "Semester"], sessions.Select(s => s.Element("SessionType")!.Value));
        Assert.Equal(["2023-2024", "2023-2024", "2023-2024", "2024-2025"], sessions.Select(s => s.Element("SessionSchoolYear")!.Value));
        Assert.Equal("2024-06-01", sessions[2].Element("SessionBeginDate")!.Value);
        Assert.Equal("2024-07-31", sessions[2].Element("SessionEndDate")!.Value);
        Assert.Equal(["PE"], document.Values("//AcademicSession[AcademicSessionDetail/SessionDesignator='2024-06']/Course/OriginalCourseID"));
        Assert.Equal("EleventhGrade", document.Value("//AcademicSession[AcademicSessionDetail/SessionDesignator='2024-08']/StudentLevel/StudentLevelCode"));
    }

    [Fact]
    public void Each_session_has_its_term_totals_and_the_cumulative_ones_through_it()
    {
        foreach (var term in transcript.K12!.Terms)
        {
            var session = document.XPathSelectElement($"//AcademicSession[AcademicSessionDetail/SessionName='{term.SchoolYear} {term.Term}']")!;
            var own = session.XPathSelectElement("AcademicSummary[AcademicSummaryType='All']/GPA")!;
            var cumulative = session.XPathSelectElement("AcademicSummary[AcademicSummaryType='Cumulative']/GPA")!;

            Assert.Equal(term.CreditsAttempted, (decimal)own.Element("CreditHoursAttempted")!);
            Assert.Equal(term.CreditsEarned, (decimal)own.Element("CreditHoursEarned")!);
            Assert.Equal(term.Gpa, (decimal?)own.Element("GradePointAverage"));
            Assert.Equal(term.CumulativeCreditsEarned, (decimal)cumulative.Element("CreditHoursEarned")!);
            Assert.Equal(term.CumulativeGpa, (decimal?)cumulative.Element("GradePointAverage"));
            Assert.Equal("Units", own.Element("CreditUnit")!.Value);
        }

        Assert.Equal("3.65", document.Value("//AcademicSession[AcademicSessionDetail/SessionDesignator='2024-01']/AcademicSummary[AcademicSummaryType='All']/GPA/GradePointAverage"));
    }

    [Fact]
    public void The_cumulative_credits_and_gpa_are_once_in_the_last_school_record()
    {
        var cumulative = Assert.Single(document.XPathSelectElements("/*/Student/AcademicRecord/AcademicSummary[AcademicSummaryType='All']"));

        Assert.Equal("19647331931765", cumulative.Parent!.XPathSelectElement("School/LocalOrganizationID/LocalOrganizationIDCode")!.Value);
        Assert.Equal("Secondary", cumulative.Element("AcademicSummaryLevel")!.Value);
        Assert.Equal(transcript.K12!.CreditsEarned, (decimal)cumulative.XPathSelectElement("GPA/CreditHoursEarned")!);
        Assert.Equal(transcript.K12.Gpa!.Value.ToString("0.00", CultureInfo.InvariantCulture), cumulative.XPathSelectElement("GPA/GradePointAverage")!.Value);
    }

    [Fact]
    public void Schools_carry_their_entry_and_exit_dates_and_the_diploma()
    {
        Assert.Equal(["2021-08-16", "2022-08-15"], document.Values("/*/Student/AcademicRecord/AcademicSummary/EntryDate"));
        Assert.Equal(["2022-06-03", "2025-06-06"], document.Values("/*/Student/AcademicRecord/AcademicSummary/ExitDate"));
        var diploma = Assert.Single(document.XPathSelectElements("//AcademicAward"));
        Assert.Equal("B18", diploma.Element("AcademicAwardLevel")!.Value);
        Assert.Equal("2025-06-06", diploma.Element("AcademicAwardDate")!.Value);
        Assert.Equal("true", diploma.Element("AcademicCompletionIndicator")!.Value);
        Assert.Equal("cds:19647331931765", diploma.Parent!.XPathSelectElement("School/MutuallyDefined")!.Value);
    }

    [Fact]
    public void A_g_status_is_a_user_defined_summary_of_semesters_per_subject()
    {
        var summary = Assert.Single(document.XPathSelectElements("//AcademicSummary[AcademicSummaryType='UserDefined']"));
        var areas = summary.XPathSelectElements("HighSchoolCreditSummary/HighSchoolSubjectArea").ToList();
        var english = areas.Single(a => a.Element("HighSchoolSubjectAreaCode")!.Value == "English");

        Assert.Equal(
            ["HistorySocialScience", "English", "Math", "LabScience", "ForeignLanguage", "Arts", "AcademicElective"],
            areas.Select(a => a.Element("HighSchoolSubjectAreaCode")!.Value));
        Assert.Equal(transcript.K12!.Ag.Subjects["b"].Done, (int)english.Element("CourseCreditEarned")!);
        Assert.Equal(8, (int)english.Element("CreditHoursRequired")!);
        Assert.Equal(8 - transcript.K12.Ag.Subjects["b"].Done, (int)english.Element("CreditHoursDeficient")!);
        Assert.Contains("not complete", summary.Element("NoteMessage")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void The_grade_10_11_a_g_gpas_are_non_weighted_and_weighted_summaries()
    {
        var ag = transcript.K12!.Ag;

        Assert.Equal(ag.Gpa1011, (decimal?)document.XPathSelectElement("//AcademicSummary[AcademicSummaryType='NonWeighted']/GPA/GradePointAverage"));
        Assert.Equal(ag.Gpa1011WeightedCapped, (decimal?)document.XPathSelectElement("//AcademicSummary[AcademicSummaryType='Weighted']/GPA/GradePointAverage"));
        Assert.NotEqual(ag.Gpa1011, ag.Gpa1011WeightedCapped);
    }

    [Theory]
    [InlineData("ENG10A", "b", "Yes")]
    [InlineData("HIST10", "a", "Yes")]
    [InlineData("ART1", "f", "No")]
    [InlineData("CHEM", "d", "No")]
    public void An_a_g_course_names_its_subject_as_a_requirement_met_when_the_mark_counts(string code, string subject, string met)
    {
        var requirement = document.Course(code).Element("Requirement")!;

        Assert.Equal(subject, requirement.Element("RAPCode")!.Value);
        Assert.StartsWith("a-g ", requirement.Element("RAPName")!.Value, StringComparison.Ordinal);
        Assert.Equal(met, requirement.Element("ConditionsMetCode")!.Value);
    }

    [Fact]
    public void A_course_outside_a_g_has_no_requirement()
    {
        Assert.Null(document.Course("PE").Element("Requirement"));
    }

    [Fact]
    public void The_document_notes_what_k12_credits_are()
    {
        Assert.Equal(["K-12 credits are California high school credits, 5 per semester course."], document.Values("/*/NoteMessage"));
    }
}
