using CradleToCareer.Domain.Events;
using static CradleToCareer.Domain.Tests.Events.SampleEvents;

namespace CradleToCareer.Domain.Tests.Events;

public class EventParserValidTests
{
    [Theory]
    [MemberData(nameof(AllTypes), MemberType = typeof(SampleEvents))]
    public void Valid_example_of_every_type_parses(string type)
    {
        var parsed = Parse(Valid(type));

        Assert.True(parsed.IsValid, string.Join("; ", parsed.Errors.Select(e => $"{e.Path}: {e.Message}")));
        Assert.Empty(parsed.Errors);
        Assert.Equal(type, parsed.Event!.Type);
        Assert.Equal(new EventKey(Source, "evt-" + type), parsed.Event.Key);
        Assert.Equal("evt-" + type, parsed.Id);
        Assert.Equal(Source, parsed.Source);
        Assert.Equal(new StudentIdentifier("ssid", "5550001112"), Assert.Single(parsed.Event.Student.Ids));
        Assert.Equal(Tokenizer.Tokenize(SsnDigits), parsed.Event.Student.SsnToken);
    }

    [Fact]
    public void Course_completed_fields_are_read_as_sent()
    {
        var e = ParseValid(Valid(EventTypes.K12CourseCompleted));

        var expected = new K12CourseCompleted(
            new InstitutionRef("cds:19647331931765", "Lincoln High", "k12-school"),
            "2024-2025", "FA", "10", "ENG10H", "English 10 Honors", 'b', true, "A-", 5m, 5m);
        Assert.Equal(expected, e.Body);
        Assert.Equal(new DateTimeOffset(2025, 6, 12, 17, 0, 0, TimeSpan.Zero), e.Time);
        Assert.Equal(new DateOnly(2007, 3, 14), e.Student.BirthDate);
        Assert.Equal("Ana", e.Student.FirstName);
    }

    [Fact]
    public void Optional_fields_may_be_absent()
    {
        Assert.Null(((PostsecondaryEnrollment)ParseValid(Valid(EventTypes.PostsecondaryEnrollment).Without("/data/programCip")).Body).ProgramCip);
        Assert.Null(((AidDisbursed)ParseValid(Valid(EventTypes.FinaidAwardDisbursed).Without("/data/institution")).Body).Institution);
        Assert.Null(((ServiceParticipation)ParseValid(Valid(EventTypes.SocialServicesParticipation).Without("/data/endDate")).Body).EndDate);
        Assert.Null(((Retraction)ParseValid(Valid(EventTypes.CorrectionRetracted).Without("/data/reason")).Body).Reason);
        Assert.Null(((WageReported)ParseValid(Valid(EventTypes.WorkforceWageReported).Without("/data/employer/naics")).Body).Employer.Naics);
        Assert.Null(ParseValid(Valid(EventTypes.K12Graduated).Without("/time")).Time);
        Assert.True(Parse(Valid(EventTypes.K12Graduated).Without("/datacontenttype")).IsValid);
    }

    [Fact]
    public void Ag_category_may_be_null_or_absent_and_honors_defaults_to_false()
    {
        var withNull = (K12CourseCompleted)ParseValid(Valid(EventTypes.K12CourseCompleted).With("/data/agCategory", "null")).Body;
        var absent = (K12CourseCompleted)ParseValid(Valid(EventTypes.K12CourseCompleted).Without("/data/agCategory").Without("/data/honors")).Body;

        Assert.Null(withNull.AgCategory);
        Assert.Null(absent.AgCategory);
        Assert.False(absent.Honors);
    }

    [Fact]
    public void Aid_disbursement_institution_may_be_a_school_or_a_college()
    {
        var atSchool = ParseValid(Valid(EventTypes.FinaidAwardDisbursed).With("/data/institution/id", "\"cds:19647331931765\""));

        Assert.Equal("cds:19647331931765", ((AidDisbursed)atSchool.Body).Institution!.Id);
    }

    [Theory]
    [InlineData("KN")]
    [InlineData("01")]
    [InlineData("12")]
    public void Grade_levels_KN_to_12_are_accepted(string gradeLevel)
    {
        Assert.True(Parse(Valid(EventTypes.K12EnrollmentStarted).With("/data/gradeLevel", $"\"{gradeLevel}\"")).IsValid);
    }

    [Theory]
    [InlineData("A+")]
    [InlineData("NP")]
    [InlineData("I")]
    [InlineData("W")]
    [InlineData("F")]
    public void Marks_of_the_marks_table_are_accepted(string mark)
    {
        Assert.True(Parse(Valid(EventTypes.PostsecondaryCourseCompleted).With("/data/mark", $"\"{mark}\"")).IsValid);
    }

    [Fact]
    public void Unknown_extra_attributes_and_fields_are_ignored()
    {
        var json = Valid(EventTypes.K12Graduated)
            .With("/subject", "\"x\"")
            .With("/data/extra", "{\"a\":1}")
            .With("/data/student/nickname", "\"Annie\"")
            .With("/data/institution/district", "\"LAUSD\"");

        Assert.True(Parse(json).IsValid);
    }

    [Fact]
    public void Student_without_ids_is_accepted_with_first_and_last_name_and_birth_date()
    {
        var e = ParseValid(Valid(EventTypes.K12Graduated).Without("/data/student/ids"));

        Assert.Empty(e.Student.Ids);
    }

    [Fact]
    public void Local_identifier_system_with_an_org_id_is_accepted()
    {
        var e = ParseValid(Valid(EventTypes.K12Graduated).With("/data/student/ids/0", "{\"system\":\"local:cds:19647331931765\",\"value\":\"S-0042\"}"));

        Assert.Equal(new StudentIdentifier("local:cds:19647331931765", "S-0042"), Assert.Single(e.Student.Ids));
    }

    [Fact]
    public void Blank_optional_student_text_reads_as_absent()
    {
        var e = ParseValid(Valid(EventTypes.K12Graduated).With("/data/student/middleName", "\"\"").With("/data/student/ssn", "\"\""));

        Assert.Null(e.Student.MiddleName);
        Assert.Null(e.Student.SsnToken);
    }

    [Fact]
    public void Time_with_an_offset_is_kept_as_the_same_instant_in_utc()
    {
        var e = ParseValid(Valid(EventTypes.K12Graduated).With("/time", "\"2025-06-12T10:00:00.5-07:00\""));

        Assert.Equal(new DateTimeOffset(2025, 6, 12, 17, 0, 0, 500, TimeSpan.Zero), e.Time);
        Assert.Equal(TimeSpan.Zero, e.Time!.Value.Offset);
    }

    [Fact]
    public void Whole_numbers_may_be_written_with_a_zero_fraction()
    {
        var e = ParseValid(Valid(EventTypes.K12AttendanceSummarized).With("/data/daysEnrolled", "180.0"));

        Assert.Equal(180, ((K12AttendanceSummarized)e.Body).DaysEnrolled);
    }

    [Fact]
    public void Media_type_application_json_with_parameters_is_accepted()
    {
        Assert.True(Parse(Valid(EventTypes.K12Graduated).With("/datacontenttype", "\"application/json; charset=utf-8\"")).IsValid);
    }
}
