using System.Text.Json;
using CradleToCareer.Domain.Events;
using CradleToCareer.Domain.Profile;
using CradleToCareer.Domain.Rules;

namespace CradleToCareer.Domain.Tests.Profile;

public sealed class StudentProjectionTests
{
    private static readonly DateOnly AsOf = new(2026, 3, 1);

    private static StudentProfile Project(params SourceEvent[] events) => StudentProjection.Project("p_test", events, AsOf);

    [Fact]
    public void Duplicates_by_key_collapse_to_one_event()
    {
        var events = new TestEvents();
        var course = events.Course("2024-2025", "FA", "10", "ENG", 'b', "A");

        var profile = Project(course, course, course with { });

        Assert.Single(profile.K12.Courses);
        Assert.Equal(5m, profile.K12.CreditsEarned);
        Assert.Equal(1, profile.EventCount);
    }

    [Fact]
    public void A_retraction_removes_its_target_whether_it_comes_after_or_before()
    {
        var events = new TestEvents();
        var wrong = events.Course("2024-2025", "FA", "10", "ENG", 'b', "F");
        var right = events.Course("2024-2025", "FA", "10", "ENG", 'b', "A");
        var retraction = events.Retract(wrong);

        var after = Project(wrong, right, retraction);
        var before = Project(retraction, right, wrong);

        Assert.Equal(4.00m, after.K12.Gpa);
        Assert.Equal(["A"], after.K12.Courses.Select(k => k.Mark));
        Assert.Equal(ProfileJson.Serialize(after), ProfileJson.Serialize(before));
        Assert.Equal(1, after.EventCount);
    }

    [Fact]
    public void A_retraction_from_another_source_has_no_effect()
    {
        var events = new TestEvents();
        var course = events.Course("2024-2025", "FA", "10", "ENG", 'b', "A");
        var foreign = new TestEvents("urn:c2c:source:other").Retract(course);

        Assert.Single(Project(course, foreign).K12.Courses);
    }

    [Fact]
    public void Retracting_a_retraction_has_no_effect()
    {
        var events = new TestEvents();
        var course = events.Course("2024-2025", "FA", "10", "ENG", 'b', "A");
        var retraction = events.Retract(course);
        var retractionOfRetraction = events.Retract(retraction);

        Assert.Empty(Project(course, retraction, retractionOfRetraction).K12.Courses);
        Assert.Empty(Project(retractionOfRetraction, course, retraction).K12.Courses);
    }

    [Fact]
    public void A_retraction_un_reaches_a_milestone_and_clears_a_flag()
    {
        var events = new TestEvents();
        var graduated = events.Graduated("2024-2025", new DateOnly(2025, 6, 12));
        var failing = events.Course("2024-2025", "SP", "12", "CHEM", 'd', "F");

        var before = Project(graduated, failing);
        var after = Project(graduated, failing, events.Retract(graduated), events.Retract(failing));

        Assert.Contains(before.Milestones, m => m.Id == MilestoneIds.Graduated);
        Assert.Contains(RiskFlagIds.AgOffTrack, before.RiskFlags);
        Assert.Empty(after.Milestones);
        Assert.Empty(after.RiskFlags);
    }

    [Fact]
    public void The_latest_attendance_summary_for_a_school_and_year_wins()
    {
        var events = new TestEvents();
        var time = new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.Zero);
        var latest = events.Attendance("2024-2025", 180, 30, time.AddDays(10));
        var earlier = events.Attendance("2024-2025", 180, 5, time);
        var untimed = events.Attendance("2024-2025", 180, 1);

        var profile = Project(latest, earlier, untimed);

        Assert.Equal([new K12Attendance(TestEvents.HighSchool, "2024-2025", 180, 30)], profile.K12.Attendance);
        Assert.Contains(RiskFlagIds.ChronicAbsence, profile.RiskFlags);
    }

    [Fact]
    public void Attendance_summaries_with_the_same_time_are_decided_by_the_greater_key()
    {
        var time = new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.Zero);
        var first = new TestEvents("urn:c2c:source:a").Attendance("2024-2025", 180, 40, time);
        var second = new TestEvents("urn:c2c:source:b").Attendance("2024-2025", 180, 2, time);

        Assert.Equal(2, Project(second, first).K12.Attendance.Single().DaysAbsent);
        Assert.Equal(2, Project(first, second).K12.Attendance.Single().DaysAbsent);
    }

    [Fact]
    public void A_newer_attendance_summary_clears_chronic_absence()
    {
        var events = new TestEvents();
        var time = new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.Zero);
        var bad = events.Attendance("2024-2025", 180, 30, time);

        Assert.Contains(RiskFlagIds.ChronicAbsence, Project(bad).RiskFlags);
        Assert.DoesNotContain(RiskFlagIds.ChronicAbsence, Project(bad, events.Attendance("2024-2025", 180, 3, time.AddDays(1))).RiskFlags);
    }

    [Fact]
    public void Student_details_come_from_the_latest_event_per_field_and_ids_are_the_union()
    {
        var events = new TestEvents();
        var old = events.Make(EventTypes.WorkforceWageReported, new WageReported(new EmployerRef("e", null), 2025, 1, 100m),
            new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero),
            new StudentBlock([new StudentIdentifier("ssid", "1234567890")], "Anna", null, "Lopez", new DateOnly(2007, 3, 14), "F", SsnToken: "tok"));
        var newer = events.Make(EventTypes.WorkforceWageReported, new WageReported(new EmployerRef("e", null), 2025, 2, 100m),
            new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.Zero),
            new StudentBlock([new StudentIdentifier("ccc-id", "ABC1234")], "Ana", "R", null, null, null));

        var student = Project(newer, old).Student;

        Assert.Equal(new StudentDetails("Ana", "R", "Lopez", new DateOnly(2007, 3, 14), "F", student.Ids), student);
        Assert.Equal([new StudentId("ccc-id", "ABC1234"), new StudentId("ssid", "1234567890")], student.Ids);
        Assert.DoesNotContain("tok", ProfileJson.Serialize(Project(newer, old)), StringComparison.Ordinal);
    }

    [Fact]
    public void Institution_kind_may_come_from_any_event_naming_the_institution()
    {
        var events = new TestEvents();
        var profile = Project(
            events.Enrolled("2025-FA", TestEvents.CommunityCollege, kind: null),
            events.CollegeCourse("2025-FA", "ENG1", "B", kind: "community-college"),
            events.Enrolled("2026-FA", TestEvents.University, kind: null),
            events.Disbursed(new DateOnly(2026, 9, 1), college: null),
            events.Make(EventTypes.FinaidAwardDisbursed, new AidDisbursed(
                "pell", "2026-2027", new InstitutionRef(TestEvents.University, null, "uc"), 3000m, new DateOnly(2026, 9, 1))));

        Assert.Contains(new ReachedMilestone(MilestoneIds.Transferred, new DateOnly(2026, 8, 1)), profile.Milestones);
    }

    [Fact]
    public void Enrollment_start_and_end_pair_by_school_and_year()
    {
        var events = new TestEvents();
        var profile = Project(
            events.Started("2024-2025", "10", new DateOnly(2024, 8, 20)),
            events.Ended("2024-2025", new DateOnly(2025, 6, 10)),
            events.Started("2025-2026", "11", new DateOnly(2025, 8, 19)));

        Assert.Equal(
            [
                new K12Enrollment(TestEvents.HighSchool, "School 1765", "2024-2025", "10", new DateOnly(2024, 8, 20), new DateOnly(2025, 6, 10), "completed"),
                new K12Enrollment(TestEvents.HighSchool, "School 1765", "2025-2026", "11", new DateOnly(2025, 8, 19), null, null),
            ],
            profile.K12.Enrollments);
        Assert.Equal(new CurrentEnrollment("k12", TestEvents.HighSchool, "School 1765", "11", null), profile.CurrentEnrollment);
    }

    [Fact]
    public void Postsecondary_terms_carry_units_and_term_gpa()
    {
        var events = new TestEvents();
        var profile = Project(
            events.CollegeCourse("2026-SP", "MATH1", "C", units: 4m),
            events.CollegeCourse("2025-FA", "ENG1", "A"),
            events.CollegeCourse("2025-FA", "PE1", "P", units: 1m),
            events.CollegeCourse("2025-FA", "ENG1", "W", earned: 0m));

        Assert.Equal(
            [new PostsecondaryTerm("2025-FA", 4m, 4.00m), new PostsecondaryTerm("2026-SP", 4m, 2.00m)],
            profile.Postsecondary.Terms);
        Assert.Equal(8m, profile.Postsecondary.UnitsEarned);
        Assert.Equal(2.86m, profile.Postsecondary.Gpa);
    }

    [Fact]
    public void Low_gpa_is_set_and_cleared_by_the_cumulative_gpa()
    {
        var events = new TestEvents();
        var failed = events.CollegeCourse("2025-FA", "ENG1", "F");

        Assert.Contains(RiskFlagIds.LowGpa, Project(failed).RiskFlags);
        Assert.DoesNotContain(RiskFlagIds.LowGpa, Project(failed, events.CollegeCourse("2026-SP", "ENG1", "A")).RiskFlags);
    }

    [Fact]
    public void The_profile_serializes_into_the_api_shape()
    {
        var events = new TestEvents();
        var json = ProfileJson.Parse(Project(
            events.Started("2025-2026", "11", new DateOnly(2025, 8, 19)),
            events.Course("2025-2026", "FA", "11", "ENG3", 'b', "A-", honors: true),
            events.Application(new DateOnly(2026, 1, 15), awardYear: "2026-2027"),
            events.Wage(2025, 3, 4200m)));

        Assert.Equal("p_test", json.GetProperty("personId").GetString());
        Assert.Equal("2026-03-01", json.GetProperty("asOfDate").GetString());
        Assert.Equal("k12", json.GetProperty("currentEnrollment").GetProperty("level").GetString());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("currentEnrollment").GetProperty("term").ValueKind);
        var k12 = json.GetProperty("k12");
        Assert.Equal(5.0m, k12.GetProperty("creditsEarned").GetDecimal());
        Assert.Equal(3.70m, k12.GetProperty("gpa").GetDecimal());
        var ag = k12.GetProperty("ag");
        Assert.False(ag.GetProperty("complete").GetBoolean());
        Assert.Equal(1, ag.GetProperty("subjects").GetProperty("b").GetProperty("done").GetInt32());
        Assert.Equal(8, ag.GetProperty("subjects").GetProperty("b").GetProperty("required").GetInt32());
        Assert.Equal(3.70m, ag.GetProperty("gpa1011").GetDecimal());
        Assert.Equal(4.70m, ag.GetProperty("gpa1011WeightedCapped").GetDecimal());
        Assert.Equal("b", k12.GetProperty("courses")[0].GetProperty("agCategory").GetString());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("postsecondary").GetProperty("gpa").ValueKind);
        Assert.Equal("finaid.application-submitted", json.GetProperty("milestones")[0].GetProperty("id").GetString());
        Assert.Equal("2026-01-15", json.GetProperty("milestones")[0].GetProperty("reachedOn").GetString());
        Assert.Equal(JsonValueKind.Array, json.GetProperty("riskFlags").ValueKind);
        Assert.Equal("2026-01-15", json.GetProperty("finaid").GetProperty("applications")[0].GetProperty("submittedDate").GetString());
        Assert.Equal(4200m, json.GetProperty("workforce").GetProperty("wages")[0].GetProperty("wages").GetDecimal());
        Assert.Equal(JsonValueKind.Array, json.GetProperty("socialServices").GetProperty("participations").ValueKind);
        Assert.Equal(4, json.GetProperty("eventCount").GetInt32());
    }

    [Fact]
    public void The_profile_survives_a_json_round_trip()
    {
        var profile = Project([.. HistoryFixture.Build(seed: 3).Events]);

        var defaults = JsonSerializer.Deserialize<StudentProfile>(JsonSerializer.Serialize(profile));
        var web = JsonSerializer.Deserialize<StudentProfile>(ProfileJson.Serialize(profile), ProfileJson.Web);

        Assert.Equal(ProfileJson.Serialize(profile), ProfileJson.Serialize(defaults!));
        Assert.Equal(ProfileJson.Serialize(profile), ProfileJson.Serialize(web!));
    }
}
