using System.Xml.XPath;
using CradleToCareer.Domain.Profile;
using CradleToCareer.Domain.Transcripts;

namespace CradleToCareer.Domain.Tests.Transcripts.Pesc;

/// <summary>Records in edge cases: no courses, no GPA, unnamed or unlisted institutions, every diploma and award kind.</summary>
public sealed class PescRecordEdgeCaseTests
{
    [Theory]
    [InlineData(TranscriptLevels.K12)]
    [InlineData(TranscriptLevels.Postsecondary)]
    [InlineData(TranscriptLevels.All)]
    public void A_student_without_any_course_gets_one_record_per_level_with_zero_credits_and_no_gpa(string level)
    {
        var document = PescFixtures.Valid(PescFixtures.Bare(level));

        var records = document.XPathSelectElements("/*/Student/AcademicRecord").ToList();
        Assert.Equal(level == TranscriptLevels.All ? 2 : 1, records.Count);
        Assert.All(records, r => Assert.Null(r.Element("School")));
        Assert.Empty(document.XPathSelectElements("//AcademicSession | //GradePointAverage"));
        Assert.All(document.Values("//AcademicSummary[AcademicSummaryType='All']/GPA/CreditHoursEarned"), v => Assert.Equal("0", v));
    }

    [Fact]
    public void Only_pass_no_pass_marks_leave_every_gpa_out()
    {
        var transcript = PescFixtures.Bare(TranscriptLevels.K12) with
        {
            K12 = PescFixtures.EmptyK12 with
            {
                Courses = [PescFixtures.K12Course("PE1", "P"), PescFixtures.K12Course("PE2", "NP")],
                Terms = [new K12TermSummary("2024-2025", "FA", 10m, 5m, null, 5m, null)],
                CreditsEarned = 5m,
            },
        };

        var document = PescFixtures.Valid(transcript);

        Assert.Empty(document.XPathSelectElements("//GradePointAverage | //CourseQualityPointsEarned"));
        Assert.Equal(["10"], document.Values("//AcademicSession/AcademicSummary/GPA/CreditHoursAttempted"));
    }

    [Fact]
    public void An_institution_without_a_name_is_named_by_its_id()
    {
        var transcript = PescFixtures.Bare(TranscriptLevels.All) with
        {
            K12 = PescFixtures.EmptyK12 with { Institutions = [new AttendedSchool(PescFixtures.School, null, null, null)] },
            Postsecondary = PescFixtures.EmptyPostsecondary with { Institutions = [new AttendedCollege(PescFixtures.College, "  ", "2025-FA", "2025-FA")] },
        };

        var document = PescFixtures.Valid(transcript);

        Assert.Equal([PescFixtures.School, PescFixtures.College], document.Values("/*/Student/AcademicRecord/School/OrganizationName"));
        Assert.Equal(PescFixtures.School, document.Value("/*/Student/Person/HighSchool/OrganizationName"));
    }

    [Fact]
    public void A_school_still_attended_has_an_entry_date_and_no_exit_date()
    {
        var transcript = PescFixtures.Bare(TranscriptLevels.K12) with
        {
            K12 = PescFixtures.EmptyK12 with { Institutions = [new AttendedSchool(PescFixtures.School, "Lincoln High", new DateOnly(2024, 8, 14), null)] },
        };

        var document = PescFixtures.Valid(transcript);

        Assert.Equal("2024-08-14", document.Value("//AcademicRecord/AcademicSummary/EntryDate"));
        Assert.Null(document.XPathSelectElement("//ExitDate"));
    }

    [Fact]
    public void Courses_at_a_school_missing_from_the_institution_list_still_get_its_record()
    {
        var transcript = PescFixtures.Bare(TranscriptLevels.K12) with
        {
            K12 = PescFixtures.EmptyK12 with { Courses = [PescFixtures.K12Course("ENG9", "B")] },
        };

        var document = PescFixtures.Valid(transcript);

        Assert.Equal(["19647331931765"], document.Values("//AcademicRecord/School/LocalOrganizationID/LocalOrganizationIDCode"));
        Assert.Equal(["ENG9"], document.Values("//AcademicRecord/AcademicSession/Course/OriginalCourseID"));
    }

    [Theory]
    [InlineData("standard", "B18", "High school diploma")]
    [InlineData("certificate-of-completion", "B22", "Certificate of completion")]
    [InlineData("other", null, "High school credential (other)")]
    public void Diplomas_map_to_pesc_award_levels(string diplomaType, string? level, string title)
    {
        var transcript = PescFixtures.Bare(TranscriptLevels.K12) with
        {
            K12 = PescFixtures.EmptyK12 with { Diplomas = [new Diploma(PescFixtures.School, "2024-2025", new DateOnly(2025, 6, 6), diplomaType)] },
        };

        var document = PescFixtures.Valid(transcript);

        Assert.Equal(level, document.Value("//AcademicAward/AcademicAwardLevel"));
        Assert.Equal(title, document.Value("//AcademicAward/AcademicAwardTitle"));
    }

    [Theory]
    [InlineData("certificate", "2.0")]
    [InlineData("associate", "2.3")]
    [InlineData("bachelor", "2.4")]
    [InlineData("master", "4.2")]
    [InlineData("doctorate", "4.4")]
    public void Awards_map_to_pesc_award_levels(string awardLevel, string pescLevel)
    {
        var document = PescFixtures.Valid(WithAward(new Award(PescFixtures.College, new DateOnly(2026, 6, 10), awardLevel, "11.0701", "Computer Science")));

        Assert.Equal(pescLevel, document.Value("//AcademicAward/AcademicAwardLevel"));
        Assert.Equal("11.0701", document.Value("//AcademicAward/AcademicAwardProgram/ProgramCIPCode"));
    }

    [Fact]
    public void A_four_digit_cip_code_too_short_for_program_cip_code_is_a_local_program_code()
    {
        var document = PescFixtures.Valid(WithAward(new Award(PescFixtures.College, new DateOnly(2026, 6, 10), "certificate", "24.01", "Liberal Arts")));

        Assert.Null(document.XPathSelectElement("//ProgramCIPCode"));
        Assert.Equal("24.01", document.Value("//AcademicAwardProgram/ProgramLocalCode"));
    }

    [Fact]
    public void Grade_levels_from_seventh_grade_on_are_course_credit_levels()
    {
        var transcript = PescFixtures.Bare(TranscriptLevels.K12) with
        {
            K12 = PescFixtures.EmptyK12 with
            {
                Courses = [PescFixtures.K12Course("M6", "A") with { GradeLevel = "06" }, PescFixtures.K12Course("M12", "A") with { GradeLevel = "12", Term = "SP" }],
            },
        };

        var document = PescFixtures.Valid(transcript);

        Assert.Null(document.Course("M6").Element("CourseCreditLevel"));
        Assert.Equal("TwelfthGrade", document.Course("M12").Element("CourseCreditLevel")!.Value);
        Assert.Equal(["SixthGrade", "TwelfthGrade"], document.Values("//AcademicSession/StudentLevel/StudentLevelCode"));
    }

    private static Transcript WithAward(Award award) =>
        PescFixtures.Bare(TranscriptLevels.Postsecondary) with
        {
            Postsecondary = PescFixtures.EmptyPostsecondary with { Awards = [award] },
        };
}
