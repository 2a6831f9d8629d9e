using CradleToCareer.Domain.Events;
using static CradleToCareer.Domain.Tests.Events.SampleEvents;

namespace CradleToCareer.Domain.Tests.Events;

public class EventParserFieldErrorTests
{
    /// <summary>type, pointer to change, new JSON value (null removes the field), expected error path.</summary>
    public static TheoryData<string, string, string?, string> InvalidFields => new()
    {
        { EventTypes.K12EnrollmentStarted, "/data/gradeLevel", "\"13\"", "/data/gradeLevel" },
        { EventTypes.K12EnrollmentStarted, "/data/institution/id", "\"ipeds:110680\"", "/data/institution/id" },
        { EventTypes.K12EnrollmentStarted, "/data/institution", null, "/data/institution" },
        { EventTypes.K12EnrollmentStarted, "/data/institution/kind", "\"high-school\"", "/data/institution/kind" },
        { EventTypes.K12EnrollmentStarted, "/data/entryDate", "\"08/15/2024\"", "/data/entryDate" },
        { EventTypes.K12EnrollmentEnded, "/data/exitReason", "\"graduated\"", "/data/exitReason" },
        { EventTypes.K12EnrollmentEnded, "/data/exitDate", "\"2025-13-01\"", "/data/exitDate" },
        { EventTypes.K12EnrollmentEnded, "/data/exitDate", "\"2025-02-30\"", "/data/exitDate" },
        { EventTypes.K12AttendanceSummarized, "/data/daysAbsent", "181", "/data/daysAbsent" },
        { EventTypes.K12AttendanceSummarized, "/data/daysEnrolled", "180.5", "/data/daysEnrolled" },
        { EventTypes.K12AttendanceSummarized, "/data/daysAbsent", "-1", "/data/daysAbsent" },
        { EventTypes.K12AttendanceSummarized, "/data/daysEnrolled", "\"180\"", "/data/daysEnrolled" },
        { EventTypes.K12CourseCompleted, "/data/mark", "\"E\"", "/data/mark" },
        { EventTypes.K12CourseCompleted, "/data/mark", "\"a\"", "/data/mark" },
        { EventTypes.K12CourseCompleted, "/data/creditsAttempted", "\"5\"", "/data/creditsAttempted" },
        { EventTypes.K12CourseCompleted, "/data/creditsEarned", "100.5", "/data/creditsEarned" },
        { EventTypes.K12CourseCompleted, "/data/agCategory", "\"h\"", "/data/agCategory" },
        { EventTypes.K12CourseCompleted, "/data/honors", "\"yes\"", "/data/honors" },
        { EventTypes.K12CourseCompleted, "/data/term", "\"Q1\"", "/data/term" },
        { EventTypes.K12CourseCompleted, "/data/courseTitle", "\"\"", "/data/courseTitle" },
        { EventTypes.K12CourseCompleted, "/data/courseCode", null, "/data/courseCode" },
        { EventTypes.K12Graduated, "/data/diplomaType", "\"ged\"", "/data/diplomaType" },
        { EventTypes.K12Graduated, "/data/schoolYear", "\"2024-2026\"", "/data/schoolYear" },
        { EventTypes.K12Graduated, "/data/schoolYear", "\"2024/2025\"", "/data/schoolYear" },
        { EventTypes.PostsecondaryEnrollment, "/data/term", "\"2025-WI\"", "/data/term" },
        { EventTypes.PostsecondaryEnrollment, "/data/term", "\"FA\"", "/data/term" },
        { EventTypes.PostsecondaryEnrollment, "/data/programCip", "\"11.07\"", "/data/programCip" },
        { EventTypes.PostsecondaryEnrollment, "/data/institution/id", "\"cds:19647331931765\"", "/data/institution/id" },
        { EventTypes.PostsecondaryEnrollment, "/data/level", "\"doctoral\"", "/data/level" },
        { EventTypes.PostsecondaryCourseCompleted, "/data/unitsEarned", "-1", "/data/unitsEarned" },
        { EventTypes.PostsecondaryCourseCompleted, "/data/mark", "\"A++\"", "/data/mark" },
        { EventTypes.PostsecondaryAwardConferred, "/data/awardLevel", "\"phd\"", "/data/awardLevel" },
        { EventTypes.PostsecondaryAwardConferred, "/data/programCip", null, "/data/programCip" },
        { EventTypes.PostsecondaryAwardConferred, "/data/title", "42", "/data/title" },
        { EventTypes.FinaidApplicationSubmitted, "/data/application", "\"css\"", "/data/application" },
        { EventTypes.FinaidApplicationSubmitted, "/data/awardYear", "\"2025\"", "/data/awardYear" },
        { EventTypes.FinaidAwardDisbursed, "/data/amount", "10000000.01", "/data/amount" },
        { EventTypes.FinaidAwardDisbursed, "/data/amount", "\"4572.50\"", "/data/amount" },
        { EventTypes.FinaidAwardDisbursed, "/data/institution/id", "\"ipeds:1\"", "/data/institution/id" },
        { EventTypes.FinaidAwardDisbursed, "/data/program", "\"cal-grant-d\"", "/data/program" },
        { EventTypes.WorkforceWageReported, "/data/quarter", "5", "/data/quarter" },
        { EventTypes.WorkforceWageReported, "/data/employer/naics", "\"1\"", "/data/employer/naics" },
        { EventTypes.WorkforceWageReported, "/data/employer/naics", "\"6221101\"", "/data/employer/naics" },
        { EventTypes.WorkforceWageReported, "/data/employer/idHash", "\"\"", "/data/employer/idHash" },
        { EventTypes.WorkforceWageReported, "/data/employer", "\"emp-7f3a\"", "/data/employer" },
        { EventTypes.WorkforceWageReported, "/data/year", "1899", "/data/year" },
        { EventTypes.WorkforceWageReported, "/data/wages", "-0.01", "/data/wages" },
        { EventTypes.SocialServicesParticipation, "/data/endDate", "\"2022-12-31\"", "/data/endDate" },
        { EventTypes.SocialServicesParticipation, "/data/program", "\"snap\"", "/data/program" },
        { EventTypes.SocialServicesParticipation, "/data/startDate", null, "/data/startDate" },
        { EventTypes.CorrectionRetracted, "/data/retracts/source", "\"urn:c2c:source:lea:9999999\"", "/data/retracts/source" },
        { EventTypes.CorrectionRetracted, "/data/retracts", null, "/data/retracts" },
        { EventTypes.CorrectionRetracted, "/data/retracts/id", "\"\"", "/data/retracts/id" },
        { EventTypes.CorrectionRetracted, "/data/retracts/id", $"\"evt-{EventTypes.CorrectionRetracted}\"", "/data/retracts/id" },
    };

    [Theory]
    [MemberData(nameof(InvalidFields))]
    public void Invalid_field_is_reported_at_its_exact_path_and_only_there(string type, string pointer, string? value, string expectedPath)
    {
        var parsed = Parse(Valid(type).With(pointer, value));

        Assert.False(parsed.IsValid);
        Assert.Null(parsed.Event);
        var error = Assert.Single(parsed.Errors);
        Assert.Equal(expectedPath, error.Path);
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
        Assert.Equal("evt-" + type, parsed.Id);
        Assert.Equal(Source, parsed.Source);
    }

    [Fact]
    public void Every_type_has_at_least_one_invalid_field_case()
    {
        var covered = InvalidFields.Select(row => (string)row[0]).ToHashSet();

        Assert.All(EventTypes.All, type => Assert.Contains(type, covered));
    }

    [Fact]
    public void Enum_error_lists_what_is_expected_without_echoing_the_value()
    {
        var error = Assert.Single(Parse(Valid(EventTypes.K12CourseCompleted).With("/data/mark", "\"Z9\"")).Errors);

        Assert.Equal("must be one of A+, A, A-, B+, B, B-, C+, C, C-, D+, D, D-, F, P, NP, I, W", error.Message);
    }

    [Fact]
    public void Missing_field_says_it_is_required_and_what_is_expected()
    {
        var error = Assert.Single(Parse(Valid(EventTypes.K12Graduated).Without("/data/date")).Errors);

        Assert.Equal("/data/date", error.Path);
        Assert.StartsWith("is required", error.Message, StringComparison.Ordinal);
        Assert.Contains("YYYY-MM-DD", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Date_error_names_the_expected_format()
    {
        var error = Assert.Single(Parse(Valid(EventTypes.K12Graduated).With("/data/date", "\"2025-6-1\"")).Errors);

        Assert.StartsWith("must be a date YYYY-MM-DD", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Several_errors_in_one_event_are_all_reported()
    {
        var json = Valid(EventTypes.K12CourseCompleted)
            .With("/data/mark", "\"E\"")
            .With("/data/creditsAttempted", "\"5\"")
            .With("/data/student/ids/0/value", "\"\"")
            .With("/data/institution/id", "\"cds:1\"")
            .With("/time", "\"yesterday\"");

        var paths = Parse(json).Errors.Select(e => e.Path).Order(StringComparer.Ordinal).ToArray();

        Assert.Equal(
            ["/data/creditsAttempted", "/data/institution/id", "/data/mark", "/data/student/ids/0/value", "/time"],
            paths);
    }

    [Fact]
    public void A_bad_student_block_does_not_hide_bad_body_fields()
    {
        var json = Valid(EventTypes.PostsecondaryCourseCompleted)
            .With("/data/student", "[]")
            .With("/data/unitsEarned", "-4");

        var paths = Parse(json).Errors.Select(e => e.Path).ToHashSet();

        Assert.Equal(["/data/student", "/data/unitsEarned"], paths.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_bad_envelope_does_not_hide_bad_data_fields()
    {
        var json = Valid(EventTypes.K12AttendanceSummarized)
            .With("/specversion", "\"0.3\"")
            .With("/source", "\"not a uri\"")
            .With("/data/daysEnrolled", "-3");

        var parsed = Parse(json);

        Assert.Equal(["/data/daysEnrolled", "/source", "/specversion"], parsed.Errors.Select(e => e.Path).Order(StringComparer.Ordinal));
        Assert.Equal("not a uri", parsed.Source);
    }

    [Fact]
    public void Days_absent_over_days_enrolled_is_not_reported_when_days_enrolled_is_itself_invalid()
    {
        var parsed = Parse(Valid(EventTypes.K12AttendanceSummarized).With("/data/daysEnrolled", "\"many\""));

        Assert.Equal("/data/daysEnrolled", Assert.Single(parsed.Errors).Path);
    }
}
