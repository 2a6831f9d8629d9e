using CradleToCareer.Domain.Profile;
using CradleToCareer.Domain.Rules;

namespace CradleToCareer.Domain.Tests.Rules;

public sealed class MilestonesTests
{
    private const string Cc = "ipeds:111111";
    private const string Uc = "ipeds:222222";

    private static readonly KnownInstitution[] Institutions =
    [
        new(Cc, "Valley College", InstitutionKinds.CommunityCollege),
        new(Uc, "UC Davis", InstitutionKinds.Uc),
    ];

    private static PostsecondaryTermEnrollment Enrollment(string term, string college = Cc) =>
        new(college, null, term, "undergraduate", null, 12m);

    private static PostsecondaryCourse CollegeCourse(string term, decimal earned, string college = Cc, string mark = "B") =>
        new(college, term, "ENG1", "English", mark, 3m, earned);

    [Fact]
    public void Ag_complete_is_dated_at_the_end_of_the_term_that_completed_it()
    {
        var courses = new List<K12Course>();
        foreach (var (subject, required) in AgRequirements.Required)
        {
            courses.AddRange(Enumerable.Range(0, required).Select(i => Records.Course(subject, "B", "2023-2024", "FA", code: $"{subject}{i}")));
        }

        var last = courses[^1];
        courses[^1] = last with { SchoolYear = "2024-2025", Term = "SP" };
        courses.Add(Records.Course("g", "A", "2025-2026", "FA", code: "late"));

        Assert.Equal(new DateOnly(2025, 5, 31), Milestones.AgComplete(courses));
    }

    [Fact]
    public void Ag_complete_is_not_reached_while_incomplete() =>
        Assert.Null(Milestones.AgComplete(Records.Semesters("b", 8)));

    [Fact]
    public void Graduated_needs_a_standard_diploma()
    {
        Diploma[] diplomas =
        [
            new(Records.School, "2024-2025", new DateOnly(2025, 6, 10), "certificate-of-completion"),
            new(Records.School, "2025-2026", new DateOnly(2026, 6, 12), "standard"),
            new(Records.School, "2026-2027", new DateOnly(2027, 6, 12), "standard"),
        ];

        Assert.Equal(new DateOnly(2026, 6, 12), Milestones.Graduated(diplomas));
        Assert.Null(Milestones.Graduated(diplomas.Take(1)));
    }

    [Fact]
    public void Application_submitted_is_the_earliest_fafsa_or_cadaa()
    {
        AidApplication[] applications =
        [
            new("fafsa", "2026-2027", new DateOnly(2026, 2, 1)),
            new("cadaa", "2025-2026", new DateOnly(2025, 1, 15)),
            new("other", "2024-2025", new DateOnly(2024, 1, 1)),
        ];

        Assert.Equal(new DateOnly(2025, 1, 15), Milestones.AidApplicationSubmitted(applications));
        Assert.Null(Milestones.AidApplicationSubmitted([]));
    }

    [Theory]
    [InlineData("cal-grant-a", true)]
    [InlineData("cal-grant-b", true)]
    [InlineData("cal-grant-c", true)]
    [InlineData("pell", false)]
    [InlineData("middle-class-scholarship", false)]
    public void Cal_grant_disbursed_needs_a_cal_grant(string program, bool reached)
    {
        AidDisbursement[] disbursements =
        [
            new(program, "2025-2026", Cc, 1000m, new DateOnly(2025, 10, 1)),
            new(program, "2025-2026", Cc, 1000m, new DateOnly(2025, 9, 1)),
        ];

        Assert.Equal(reached ? new DateOnly(2025, 9, 1) : null, Milestones.CalGrantDisbursed(disbursements));
    }

    [Fact]
    public void Enrolled_is_the_start_of_the_earliest_term() =>
        Assert.Equal(
            new DateOnly(2025, 8, 1),
            Milestones.PostsecondaryEnrolled([Enrollment("2026-SP"), Enrollment("2025-FA"), Enrollment("2026-SU")]));

    [Fact]
    public void Thirty_units_is_the_end_of_the_term_where_cumulative_units_reach_30()
    {
        PostsecondaryCourse[] courses =
        [
            CollegeCourse("2026-SP", 12m),
            CollegeCourse("2025-FA", 12m),
            CollegeCourse("2026-SU", 5.5m),
            CollegeCourse("2026-SU", 0.5m),
            CollegeCourse("2026-FA", 12m),
        ];

        Assert.Equal(new DateOnly(2026, 7, 31), Milestones.ThirtyUnits(courses));
        Assert.Null(Milestones.ThirtyUnits(courses.Take(3)));
    }

    [Fact]
    public void Transferred_is_the_start_of_the_first_four_year_term_after_community_college_units()
    {
        PostsecondaryTermEnrollment[] enrollments = [Enrollment("2025-FA"), Enrollment("2026-FA", Uc), Enrollment("2027-SP", Uc)];
        PostsecondaryCourse[] courses = [CollegeCourse("2025-FA", 3m)];

        Assert.Equal(new DateOnly(2026, 8, 1), Milestones.Transferred(enrollments, courses, Institutions));
    }

    [Fact]
    public void Transferred_needs_units_earned_at_the_community_college()
    {
        PostsecondaryTermEnrollment[] enrollments = [Enrollment("2025-FA"), Enrollment("2026-FA", Uc)];
        PostsecondaryCourse[] failed = [CollegeCourse("2025-FA", 0m, mark: "F")];

        Assert.Null(Milestones.Transferred(enrollments, failed, Institutions));
    }

    [Fact]
    public void Transferred_needs_the_four_year_term_strictly_later()
    {
        PostsecondaryTermEnrollment[] concurrent = [Enrollment("2025-FA"), Enrollment("2025-FA", Uc)];
        PostsecondaryCourse[] courses = [CollegeCourse("2025-FA", 3m)];

        Assert.Null(Milestones.Transferred(concurrent, courses, Institutions));
    }

    [Fact]
    public void Transferred_needs_the_kinds_of_both_institutions()
    {
        PostsecondaryTermEnrollment[] enrollments = [Enrollment("2025-FA"), Enrollment("2026-FA", Uc)];
        PostsecondaryCourse[] courses = [CollegeCourse("2025-FA", 3m)];

        Assert.Null(Milestones.Transferred(enrollments, courses, [new(Cc, null, null), new(Uc, null, InstitutionKinds.Uc)]));
        Assert.Null(Milestones.Transferred(enrollments, courses, [Institutions[0], new(Uc, null, null)]));
    }

    [Theory]
    [InlineData("csu", true)]
    [InlineData("uc", true)]
    [InlineData("private-nonprofit", true)]
    [InlineData("private-for-profit", true)]
    [InlineData("community-college", false)]
    public void Only_four_year_kinds_count_as_a_transfer(string kind, bool reached)
    {
        PostsecondaryTermEnrollment[] enrollments = [Enrollment("2025-FA"), Enrollment("2026-FA", Uc)];
        PostsecondaryCourse[] courses = [CollegeCourse("2025-FA", 3m)];

        var date = Milestones.Transferred(enrollments, courses, [Institutions[0], new(Uc, null, kind)]);

        Assert.Equal(reached, date is not null);
    }

    [Fact]
    public void Credential_earned_is_the_earliest_award()
    {
        Award[] awards =
        [
            new(Uc, new DateOnly(2029, 6, 14), "bachelor", "24.0101", "BA"),
            new(Cc, new DateOnly(2027, 5, 20), "associate", "24.0101", "AA"),
        ];

        Assert.Equal(new DateOnly(2027, 5, 20), Milestones.CredentialEarned(awards));
        Assert.Null(Milestones.CredentialEarned([]));
    }

    [Fact]
    public void Employed_after_credential_is_the_first_paid_quarter_starting_after_the_award()
    {
        Award[] awards = [new(Cc, new DateOnly(2027, 5, 20), "associate", "24.0101", "AA")];
        WageRecord[] wages =
        [
            new(2027, 2, 5000m, null),
            new(2027, 3, 0m, null),
            new(2028, 1, 7000m, null),
            new(2027, 4, 6000m, "622110"),
        ];

        Assert.Equal(new DateOnly(2027, 10, 1), Milestones.EmployedAfterCredential(awards, wages));
        Assert.Null(Milestones.EmployedAfterCredential([], wages));
        Assert.Null(Milestones.EmployedAfterCredential(awards, wages.Take(2)));
    }

    [Fact]
    public void A_quarter_starting_on_the_award_date_is_not_after_it()
    {
        Award[] awards = [new(Cc, new DateOnly(2027, 7, 1), "certificate", "24.0101", "Cert")];

        Assert.Null(Milestones.EmployedAfterCredential(awards, [new(2027, 3, 5000m, null)]));
    }

    [Fact]
    public void Reached_lists_milestones_by_date_then_id()
    {
        var k12 = new K12Section(0m, null, new AgSummary(false, new Dictionary<string, AgSubjectProgress>(), null, null), [], [], [],
            [new Diploma(Records.School, "2024-2025", new DateOnly(2025, 8, 1), "standard")]);
        var postsecondary = new PostsecondarySection(0m, null, [Enrollment("2025-FA")], [], [], []);
        var finaid = new FinaidSection([new AidApplication("fafsa", "2025-2026", new DateOnly(2025, 1, 10))], []);

        var reached = Milestones.Reached(k12, postsecondary, finaid, new WorkforceSection([]), Institutions);

        Assert.Equal(
            [
                new ReachedMilestone(MilestoneIds.AidApplicationSubmitted, new DateOnly(2025, 1, 10)),
                new ReachedMilestone(MilestoneIds.Graduated, new DateOnly(2025, 8, 1)),
                new ReachedMilestone(MilestoneIds.PostsecondaryEnrolled, new DateOnly(2025, 8, 1)),
            ],
            reached);
    }
}
