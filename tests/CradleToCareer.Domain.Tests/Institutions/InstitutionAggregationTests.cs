using CradleToCareer.Domain.Institutions;
using CradleToCareer.Domain.Profile;
using CradleToCareer.Domain.Rules;
using CradleToCareer.Domain.Tests.Profile;

namespace CradleToCareer.Domain.Tests.Institutions;

public sealed class InstitutionAggregationTests
{
    private const string School = TestEvents.HighSchool;

    private static IEnumerable<InstitutionMembership> Members(int count, string? grade, string? term = null, params string[] milestones) =>
        Enumerable.Range(0, count).Select(_ => new InstitutionMembership(School, grade, term, milestones, []));

    [Fact]
    public void Memberships_cover_every_institution_with_a_record_and_carry_all_milestones()
    {
        var events = new TestEvents();
        var profile = StudentProjection.Project("p_1",
        [
            events.Started("2023-2024", "09", new DateOnly(2023, 8, 20), TestEvents.MiddleSchool),
            events.Ended("2023-2024", new DateOnly(2024, 6, 1), school: TestEvents.MiddleSchool),
            events.Started("2025-2026", "11", new DateOnly(2025, 8, 20)),
            events.CollegeCourse("2025-FA", "ENG1", "A"),
            events.Application(new DateOnly(2025, 10, 1)),
        ], new DateOnly(2026, 3, 1));

        var memberships = InstitutionAggregation.MembershipsOf(profile);

        Assert.Equal(new[] { TestEvents.HighSchool, TestEvents.MiddleSchool, TestEvents.CommunityCollege }.Order(StringComparer.Ordinal), memberships.Select(m => m.InstitutionId));
        var current = Assert.Single(memberships, m => m.IsEnrolledNow);
        Assert.Equal((School, "11", (string?)null), (current.InstitutionId, current.CurrentGradeLevel, current.CurrentTerm));
        Assert.All(memberships, m => Assert.Equal([MilestoneIds.AidApplicationSubmitted], m.Milestones));
    }

    [Fact]
    public void A_person_enrolled_nowhere_has_memberships_without_grade_or_term()
    {
        var events = new TestEvents();
        var profile = StudentProjection.Project("p_1", [events.Graduated("2024-2025", new DateOnly(2025, 6, 12))], new DateOnly(2026, 3, 1));

        var membership = Assert.Single(InstitutionAggregation.MembershipsOf(profile));

        Assert.False(membership.IsEnrolledNow);
        Assert.Equal([MilestoneIds.Graduated], membership.Milestones);
    }

    [Fact]
    public void Summary_counts_enrollment_by_grade_with_suppression()
    {
        var members = Members(40, "11").Concat(Members(25, "12")).Concat(Members(4, "10")).Concat(Members(30, null));

        var summary = InstitutionAggregation.Summarize(School, members);

        Assert.Equal(CellCount.Shown(69), summary.EnrolledNow);
        Assert.Equal(CellCount.Hidden, summary.EnrolledByGradeLevel["10"]);
        Assert.Equal(CellCount.Shown(40), summary.EnrolledByGradeLevel["11"]);
        Assert.Equal(CellCount.Hidden, summary.EnrolledByGradeLevel["12"]);
        Assert.Empty(summary.EnrolledByTerm);
    }

    [Fact]
    public void Summary_counts_enrollment_by_term_for_colleges()
    {
        var members = Members(30, null, "2026-SP").Concat(Members(12, null, "2026-SU"));

        var summary = InstitutionAggregation.Summarize(School, members);

        Assert.Equal(CellCount.Shown(42), summary.EnrolledNow);
        Assert.Equal(CellCount.Shown(30), summary.EnrolledByTerm["2026-SP"]);
        Assert.Equal(CellCount.Shown(12), summary.EnrolledByTerm["2026-SU"]);
        Assert.Empty(summary.EnrolledByGradeLevel);
    }

    [Fact]
    public void A_small_enrollment_total_is_suppressed()
    {
        var summary = InstitutionAggregation.Summarize(School, Members(3, "09"));

        Assert.Equal(CellCount.Hidden, summary.EnrolledNow);
        Assert.Equal(CellCount.Hidden, summary.EnrolledByGradeLevel["09"]);
    }

    [Fact]
    public void Milestone_counts_cover_every_member_and_every_milestone_id()
    {
        var members = Members(15, "12", null, MilestoneIds.AidApplicationSubmitted)
            .Concat(Members(20, null, null, MilestoneIds.AidApplicationSubmitted, MilestoneIds.Graduated));

        var summary = InstitutionAggregation.Summarize(School, members);

        Assert.Equal(CellCount.Shown(35), summary.Milestones[MilestoneIds.AidApplicationSubmitted]);
        Assert.Equal(CellCount.Shown(20), summary.Milestones[MilestoneIds.Graduated]);
        Assert.Equal(CellCount.Shown(0), summary.Milestones[MilestoneIds.Transferred]);
        Assert.Equal(MilestoneIds.All.Order(StringComparer.Ordinal), summary.Milestones.Keys);
    }

    [Fact]
    public void Small_milestone_counts_are_suppressed()
    {
        var members = Members(30, "12").Concat(Members(6, "12", null, MilestoneIds.AgComplete));

        Assert.Equal(CellCount.Hidden, InstitutionAggregation.Summarize(School, members).Milestones[MilestoneIds.AgComplete]);
    }

    [Fact]
    public void Memberships_at_other_institutions_are_ignored()
    {
        var elsewhere = Members(50, "11").Select(m => m with { InstitutionId = "cds:00000000000000" });

        var summary = InstitutionAggregation.Summarize(School, elsewhere.Concat(Members(12, "11")));

        Assert.Equal(CellCount.Shown(12), summary.EnrolledNow);
    }
}
