using CradleToCareer.Domain.Outcomes;
using CradleToCareer.Domain.Profile;
using CradleToCareer.Domain.Rules;
using static CradleToCareer.Domain.Tests.Outcomes.OutcomeProfiles;

namespace CradleToCareer.Domain.Tests.Outcomes;

public sealed class CohortEntriesTests
{
    [Fact]
    public void Graduation_is_the_earliest_standard_diploma()
    {
        Diploma[] diplomas =
        [
            new(HighSchool, "2023-2024", new DateOnly(2024, 6, 1), "certificate-of-completion"),
            Standard("2025-2026", new DateOnly(2026, 6, 11)),
            Standard("2024-2025", new DateOnly(2025, 6, 12), OtherHighSchool),
        ];

        Assert.Equal(diplomas[2], CohortEntries.Graduation(diplomas));
        Assert.Null(CohortEntries.Graduation(diplomas.Take(1)));
    }

    [Fact]
    public void Graduation_on_one_day_goes_to_the_lowest_school_id_then_the_earliest_school_year()
    {
        var day = new DateOnly(2025, 6, 12);
        Diploma[] twoSchools = [Standard("2024-2025", day, HighSchool), Standard("2024-2025", day, OtherHighSchool)];
        Diploma[] twoYears = [Standard("2024-2025", day), Standard("2023-2024", day)];

        Assert.Equal(OtherHighSchool, CohortEntries.Graduation(twoSchools)!.InstitutionId);
        Assert.Equal(OtherHighSchool, CohortEntries.Graduation(twoSchools.Reverse())!.InstitutionId);
        Assert.Equal("2023-2024", CohortEntries.Graduation(twoYears)!.SchoolYear);
    }

    [Fact]
    public void First_entry_is_the_earliest_term_at_any_college()
    {
        PostsecondaryTermEnrollment[] enrollments =
        [
            Enrollment("2025-FA", University),
            Enrollment("2026-SP", CommunityCollege),
            Enrollment("2025-SU", CommunityCollege, units: 3m),
        ];

        var entry = CohortEntries.FirstEntry(enrollments);

        Assert.Equal(new CollegeEntry(CommunityCollege, new AcademicTerm(2024, TermCode.SU)), entry);
        Assert.Equal(new DateOnly(2025, 6, 1), entry!.Term.Start);
        Assert.Null(CohortEntries.FirstEntry([]));
    }

    [Fact]
    public void First_entry_goes_to_the_college_with_the_most_units_summed_over_its_enrollments_that_term()
    {
        PostsecondaryTermEnrollment[] enrollments =
        [
            Enrollment("2025-FA", CommunityCollege, 6m),
            Enrollment("2025-FA", University, 10m),
            Enrollment("2025-FA", CommunityCollege, 4.5m),
            Enrollment("2026-SP", University, 30m),
        ];

        Assert.Equal(CommunityCollege, CohortEntries.FirstEntry(enrollments)!.InstitutionId);
        Assert.Equal(University, CohortEntries.FirstEntry(enrollments.Skip(1).Take(1).Concat(enrollments.Take(1)).ToList())!.InstitutionId);
    }

    [Fact]
    public void First_entry_on_equal_units_goes_to_the_lowest_institution_id_ordinal()
    {
        PostsecondaryTermEnrollment[] enrollments = [Enrollment("2025-FA", University, 12m), Enrollment("2025-FA", CommunityCollege, 12m)];
        PostsecondaryTermEnrollment[] byCase = [Enrollment("2025-FA", "ipeds:a1", 12m), Enrollment("2025-FA", "ipeds:Z1", 12m)];

        Assert.Equal(CommunityCollege, CohortEntries.FirstEntry(enrollments)!.InstitutionId);
        Assert.Equal("ipeds:Z1", CohortEntries.FirstEntry(byCase)!.InstitutionId);
    }
}
