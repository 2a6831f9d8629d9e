using CradleToCareer.Domain.Outcomes;
using CradleToCareer.Domain.Profile;
using CradleToCareer.Domain.Rules;
using static CradleToCareer.Domain.Tests.Outcomes.OutcomeProfiles;

namespace CradleToCareer.Domain.Tests.Outcomes;

public sealed class CohortMembershipTests
{
    private static readonly DateOnly Graduation = new(2025, 6, 12);
    private static readonly DateOnly FallStart = new(2025, 8, 1);

    [Fact]
    public void A_person_without_a_standard_diploma_or_an_enrollment_is_in_no_cohort() =>
        Assert.Empty(CohortMembership.Of(Of(diplomas: [new(HighSchool, "2024-2025", Graduation, "other")])));

    [Fact]
    public void A_graduate_joins_the_cohort_of_the_school_and_year_of_the_diploma()
    {
        var milestones = new[] { new ReachedMilestone(MilestoneIds.Graduated, Graduation) };
        var profile = Of(diplomas: [Standard("2024-2025", Graduation, OtherHighSchool)], milestones: milestones);

        var member = Assert.Single(CohortMembership.Of(profile));

        Assert.Equal((OtherHighSchool, "k12-school", "graduates:2024-2025", Graduation), (member.InstitutionId, member.InstitutionKind, member.Cohort, member.Start));
        Assert.Same(profile.Milestones, member.Milestones);
    }

    [Fact]
    public void An_entrant_joins_the_cohort_of_the_first_term_at_the_college_of_the_most_units()
    {
        var profile = Of(enrollments: [Enrollment("2025-FA", University, 15m), Enrollment("2025-FA", CommunityCollege, 9m), Enrollment("2024-FA", University, 3m)]);

        var member = Assert.Single(CohortMembership.Of(profile));

        Assert.Equal((University, "uc", "entrants:2024-FA", new DateOnly(2024, 8, 1)), (member.InstitutionId, member.InstitutionKind, member.Cohort, member.Start));
    }

    [Fact]
    public void An_institution_missing_from_the_profile_has_no_kind()
    {
        var member = Assert.Single(CohortMembership.Of(Of(enrollments: [Enrollment("2025-FA")], institutions: [])));

        Assert.Null(member.InstitutionKind);
    }

    [Fact]
    public void A_graduate_who_enrolled_is_in_both_cohorts_each_judged_from_its_own_start()
    {
        var profile = Of(
            diplomas: [Standard("2024-2025", Graduation)],
            enrollments: [Enrollment("2025-FA")],
            participations: [new ProgramParticipation("calfresh", new DateOnly(2025, 7, 1), null)]);

        var members = CohortMembership.Of(profile);

        Assert.Equal(["graduates:2024-2025", "entrants:2025-FA"], members.Select(m => m.Cohort));
        Assert.Equal([HighSchool, CommunityCollege], members.Select(m => m.InstitutionId));
        Assert.Equal([false, true], members.Select(m => m.SocialServices));
    }

    [Theory]
    [InlineData(2025, 7, 31, true)]
    [InlineData(2025, 8, 1, false)]
    [InlineData(2025, 8, 2, false)]
    public void Social_services_count_only_when_they_start_before_the_cohort_start(int year, int month, int day, bool counted)
    {
        var profile = Of(enrollments: [Enrollment("2025-FA")], participations: [new ProgramParticipation("calworks", new DateOnly(year, month, day), new DateOnly(2025, 8, 1))]);

        Assert.Equal(counted, Assert.Single(CohortMembership.Of(profile)).SocialServices);
    }

    [Theory]
    [InlineData("F", "F")]
    [InlineData("M", "M")]
    [InlineData("X", "X")]
    [InlineData(null, "unknown")]
    [InlineData("f", "unknown")]
    public void Sex_falls_in_its_breakdown_cell(string? sex, string cell) =>
        Assert.Equal(cell, Assert.Single(CohortMembership.Of(Of(enrollments: [Enrollment("2025-FA")], sex: sex))).Sex);

    [Fact]
    public void Wages_after_a_credential_on_the_last_day_of_a_quarter_start_with_the_next_quarter()
    {
        var profile = Of(
            enrollments: [Enrollment("2025-FA")],
            milestones: [Credential(new DateOnly(2026, 3, 31))],
            wages: [Wage(2026, 1, 9_000m), Wage(2026, 2, 1_000m), Wage(2026, 3, 2_000m), Wage(2026, 3, 500m), Wage(2027, 1, 4_000m), Wage(2027, 2, 8_000m)]);

        Assert.Equal(7_500m, Assert.Single(CohortMembership.Of(profile)).WagesAfterCredential);
    }

    [Fact]
    public void Wages_after_a_credential_on_the_first_day_of_a_quarter_skip_that_quarter()
    {
        var profile = Of(
            enrollments: [Enrollment("2025-FA")],
            milestones: [Credential(new DateOnly(2026, 4, 1))],
            wages: [Wage(2026, 2, 1_000m), Wage(2026, 3, 2_000m), Wage(2027, 1, 4_000m), Wage(2027, 2, 8_000m), Wage(2027, 3, 16_000m)]);

        Assert.Equal(14_000m, Assert.Single(CohortMembership.Of(profile)).WagesAfterCredential);
    }

    [Fact]
    public void A_zero_wage_record_qualifies_with_zero_and_no_record_does_not()
    {
        var zero = Of(enrollments: [Enrollment("2025-FA")], milestones: [Credential(new DateOnly(2027, 5, 20))], wages: [Wage(2027, 3, 0m), Wage(2027, 1, 5_000m)]);
        var outside = zero with { Workforce = new WorkforceSection([Wage(2027, 2, 5_000m), Wage(2028, 3, 5_000m)]) };

        Assert.Equal(0m, Assert.Single(CohortMembership.Of(zero)).WagesAfterCredential);
        Assert.Null(Assert.Single(CohortMembership.Of(outside)).WagesAfterCredential);
    }

    [Theory]
    [InlineData(2031, 7, 31, 6_000)]
    [InlineData(2031, 8, 1, null)]
    public void Wages_after_a_credential_need_the_credential_within_2190_days_of_the_start(int year, int month, int day, int? wages)
    {
        var profile = Of(enrollments: [Enrollment("2025-FA")], milestones: [Credential(new DateOnly(year, month, day))], wages: [Wage(2031, 4, 6_000m)]);

        Assert.Equal(wages, (int?)Assert.Single(CohortMembership.Of(profile)).WagesAfterCredential);
    }

    [Fact]
    public void Wages_after_a_credential_are_also_given_to_graduates()
    {
        var profile = Of(diplomas: [Standard("2024-2025", Graduation)], milestones: [Credential(new DateOnly(2027, 6, 1))], wages: [Wage(2027, 3, 7_000m)]);

        Assert.Equal(7_000m, Assert.Single(CohortMembership.Of(profile)).WagesAfterCredential);
    }

    [Fact]
    public void Traits_carry_the_birth_year_gpas_units_highest_award_and_the_latest_four_quarters_of_wages()
    {
        var profile = Of(
            enrollments: [Enrollment("2025-FA")],
            birthDate: new DateOnly(2007, 3, 14),
            k12Gpa: 3.41m,
            postsecondaryGpa: 2.95m,
            unitsEarned: 64.5m,
            awards:
            [
                new(CommunityCollege, new DateOnly(2027, 6, 1), "associate", "24.0101", "AA"),
                new(University, new DateOnly(2029, 6, 1), "bachelor", "24.0101", "BA"),
                new(CommunityCollege, new DateOnly(2030, 6, 1), "certificate", "51.0801", "Certificate"),
            ],
            wages: [Wage(2030, 2, 100m), Wage(2030, 3, 1_000m), Wage(2031, 2, 2_000m), Wage(2031, 2, 30m), Wage(2030, 4, 400m)]);

        var traits = Assert.Single(CohortMembership.Of(profile)).Traits;

        Assert.Equal(new MemberTraits(2007, 3.41m, 2.95m, 64.5m, "bachelor", 3_430m), traits);
    }

    [Fact]
    public void Traits_without_birth_date_awards_or_wages_are_null()
    {
        var traits = Assert.Single(CohortMembership.Of(Of(enrollments: [Enrollment("2025-FA")]))).Traits;

        Assert.Equal(new MemberTraits(null, null, null, 0m, null, null), traits);
    }

    [Fact]
    public void Membership_follows_the_projected_profile()
    {
        var events = new Profile.TestEvents();
        var profile = StudentProjection.Project("p_1",
        [
            events.Graduated("2024-2025", new DateOnly(2025, 6, 12)),
            events.Enrolled("2025-FA", units: 9m),
            events.Enrolled("2025-FA", Profile.TestEvents.University, "uc", units: 12m),
            events.Award(new DateOnly(2027, 6, 10)),
            events.Wage(2027, 3, 9_000m),
            events.Wage(2027, 4, 9_500m),
            events.Participation("calfresh", new DateOnly(2025, 7, 1)),
        ], new DateOnly(2028, 1, 1));

        var members = CohortMembership.Of(profile);

        Assert.Equal(["graduates:2024-2025", "entrants:2025-FA"], members.Select(m => m.Cohort));
        Assert.Equal([Profile.TestEvents.HighSchool, Profile.TestEvents.University], members.Select(m => m.InstitutionId));
        Assert.Equal(["k12-school", "uc"], members.Select(m => m.InstitutionKind));
        Assert.All(members, m => Assert.Equal((decimal?)18_500m, m.WagesAfterCredential));
        Assert.All(members, m => Assert.Equal("F", m.Sex));
        Assert.Equal([false, true], members.Select(m => m.SocialServices));
        Assert.Equal(2007, members[0].Traits.BirthYear);
    }
}
