using CradleToCareer.Domain.Events;
using CradleToCareer.Domain.Profile;
using CradleToCareer.Domain.Tests.Profile;
using CradleToCareer.Domain.Transcripts;

namespace CradleToCareer.Domain.Tests.Transcripts;

public sealed class TranscriptViewsTests
{
    private static readonly DateOnly Today = new(2026, 11, 29);

    [Fact]
    public void Term_totals_run_in_term_order_and_count_every_attempt_of_a_repeated_course()
    {
        var events = new TestEvents();
        var profile = Project(
            events.Course("2024-2025", "SU", "10", "ALG1", 'c', "D"),
            events.Course("2024-2025", "SP", "10", "ALG1", 'c', "F"),
            events.Course("2024-2025", "SP", "10", "ENG10", 'b', "A"),
            events.Course("2025-2026", "FA", "11", "ALG1", 'c', "B", earned: 5m),
            events.Course("2025-2026", "FA", "11", "PE", null, "P"));

        var terms = Of(profile, "k12").K12!.Terms;

        // SP: F (0) and A (4) -> 2.00, 5 earned; SU: D (1) -> 1.00, cumulative (0+4+1)/3 = 1.67, 10 earned;
        // FA: B (3), P no points -> 3.00, 10 earned; cumulative (0+4+1+3)/4 = 2.00, 20 earned.
        Assert.Equal(
            [
                new K12TermSummary("2024-2025", "SP", 10m, 5m, 2.00m, 5m, 2.00m),
                new K12TermSummary("2024-2025", "SU", 5m, 5m, 1.00m, 10m, 1.67m),
                new K12TermSummary("2025-2026", "FA", 10m, 10m, 3.00m, 20m, 2.00m),
            ],
            terms);
    }

    [Fact]
    public void A_term_of_ungraded_marks_only_has_no_gpa_and_the_cumulative_gpa_carries_over()
    {
        var events = new TestEvents();
        var profile = Project(
            events.CollegeCourse("2025-FA", "MATH1", "A", 4m),
            events.CollegeCourse("2026-SP", "SEM1", "P", 1m),
            events.CollegeCourse("2026-SP", "HIST1", "W", 3m));

        var terms = Of(profile, "postsecondary").Postsecondary!.Terms;

        Assert.Equal(
            [
                new PostsecondaryTermSummary("2025-FA", 4m, 4m, 4.00m, 4m, 4.00m),
                new PostsecondaryTermSummary("2026-SP", 4m, 1m, null, 5m, 4.00m),
            ],
            terms);
    }

    [Fact]
    public void Schools_are_listed_by_first_entry_with_the_last_exit_and_none_while_still_enrolled()
    {
        var events = new TestEvents();
        var profile = Project(
            events.Started("2022-2023", "9", new DateOnly(2022, 8, 18), TestEvents.MiddleSchool),
            events.Ended("2022-2023", new DateOnly(2023, 6, 9), "transferred", TestEvents.MiddleSchool),
            events.Started("2023-2024", "10", new DateOnly(2023, 8, 21)),
            events.Ended("2023-2024", new DateOnly(2024, 6, 7)),
            events.Started("2024-2025", "11", new DateOnly(2024, 8, 19)));

        var schools = Of(profile, "k12").K12!.Institutions;

        Assert.Equal(
            [
                new AttendedSchool(TestEvents.MiddleSchool, "School 0001", new DateOnly(2022, 8, 18), new DateOnly(2023, 6, 9)),
                new AttendedSchool(TestEvents.HighSchool, "School 1765", new DateOnly(2023, 8, 21), null),
            ],
            schools);
    }

    [Fact]
    public void Colleges_span_their_first_to_last_term_of_enrollments_courses_and_awards()
    {
        var events = new TestEvents();
        var profile = Project(
            events.Enrolled("2024-FA"),
            events.CollegeCourse("2025-SP", "ENG1", "B"),
            events.Award(new DateOnly(2026, 6, 12)),
            events.Enrolled("2026-FA", TestEvents.University, "university"),
            events.CollegeCourse("2027-SP", "CS10", "A", college: TestEvents.University));

        var colleges = Of(profile, "postsecondary").Postsecondary!.Institutions;

        Assert.Equal(
            [
                new AttendedCollege(TestEvents.CommunityCollege, "College ipeds:111111", "2024-FA", "2026-SU"),
                new AttendedCollege(TestEvents.University, "College ipeds:222222", "2026-FA", "2027-SP"),
            ],
            colleges);
    }

    [Fact]
    public void The_recipient_sees_the_education_ids_and_its_own_local_number_only()
    {
        var events = new TestEvents
        {
            Student = new StudentBlock(
                [
                    new StudentIdentifier("ssid", "1234567890"), new StudentIdentifier("ccc-id", "ABC1234"),
                    new StudentIdentifier("csac-id", "99"), new StudentIdentifier("local:cc-north", "N-1"),
                    new StudentIdentifier("local:lincoln-usd", "L-7"),
                ],
                "Ana", "R", "Lopez", new DateOnly(2007, 3, 14), "F"),
        };
        var profile = Project(events.Enrolled("2025-FA"));

        var ids = Of(profile, "all", recipient: "cc-north").Student.Ids;

        Assert.Equal([new StudentId("ccc-id", "ABC1234"), new StudentId("local:cc-north", "N-1"), new StudentId("ssid", "1234567890")], ids);
    }

    [Fact]
    public void A_retracted_course_is_not_on_the_transcript()
    {
        var events = new TestEvents();
        var kept = events.Course("2024-2025", "FA", "11", "ENG11", 'b', "B");
        var retracted = events.Course("2024-2025", "FA", "11", "CHEM", 'd', "F");
        var profile = Project(kept, retracted, events.Retract(retracted));

        var k12 = Of(profile, "k12").K12!;

        Assert.Equal(["ENG11"], k12.Courses.Select(c => c.CourseCode));
        Assert.Equal((5m, 3.00m), (k12.CreditsEarned, k12.Gpa));
    }

    [Fact]
    public void The_issue_facts_and_the_student_are_carried_and_an_empty_record_has_empty_sections()
    {
        var events = new TestEvents();
        var profile = Project(events.Application(new DateOnly(2025, 1, 15)));
        var issue = new TranscriptIssue("t_1", new DateTimeOffset(2026, 11, 29, 12, 0, 0, TimeSpan.Zero), "urn:c2c:test", "cc-north", "admission", "all");

        var transcript = TranscriptViews.Of(profile, issue);

        Assert.Equal(
            ("t_1", issue.IssuedAt, "urn:c2c:test", "cc-north", "admission", "all"),
            (transcript.TranscriptId, transcript.IssuedAt, transcript.Issuer, transcript.RecipientOrgId, transcript.Purpose, transcript.Level));
        Assert.Equal(("Ana", "R", "Lopez", new DateOnly(2007, 3, 14)),
            (transcript.Student.FirstName, transcript.Student.MiddleName, transcript.Student.LastName, transcript.Student.BirthDate));
        Assert.Empty(transcript.K12!.Courses);
        Assert.Empty(transcript.K12.Institutions);
        Assert.Null(transcript.K12.Gpa);
        Assert.Empty(transcript.Postsecondary!.Terms);
        Assert.Null(transcript.Postsecondary.Gpa);
    }

    [Theory]
    [InlineData("k12", true, false)]
    [InlineData("postsecondary", false, true)]
    [InlineData("all", true, true)]
    public void The_level_chooses_the_records(string level, bool k12, bool postsecondary)
    {
        var transcript = Of(Project(new TestEvents().Enrolled("2025-FA")), level);

        Assert.Equal((k12, postsecondary), (transcript.K12 is not null, transcript.Postsecondary is not null));
    }

    [Theory]
    [InlineData(null, "x", "/level")]
    [InlineData("college", "x", "/level")]
    [InlineData("all", null, "/purpose")]
    [InlineData("all", " ", "/purpose")]
    public void A_request_without_a_known_level_or_a_purpose_is_refused_with_the_field(string? level, string? purpose, string path)
    {
        var errors = TranscriptRequests.Validate(level, purpose);

        Assert.Equal([path], errors.Select(e => e.Path));
    }

    [Fact]
    public void A_purpose_longer_than_a_consent_purpose_is_refused()
    {
        Assert.Equal(["/purpose"], TranscriptRequests.Validate("all", new string('x', 501)).Select(e => e.Path));
        Assert.Empty(TranscriptRequests.Validate("all", new string('x', 500)));
    }

    private static StudentProfile Project(params SourceEvent[] events) => StudentProjection.Project("p_1", events, Today);

    private static Transcript Of(StudentProfile profile, string level, string recipient = "cc-north") =>
        TranscriptViews.Of(profile, new TranscriptIssue("t_1", DateTimeOffset.UnixEpoch, "urn:c2c:test", recipient, "admission", level));
}
