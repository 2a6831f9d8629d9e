using CradleToCareer.Domain.Profile;
using CradleToCareer.Domain.Rules;

namespace CradleToCareer.Domain.Tests.Rules;

public sealed class CurrentEnrollmentsTests
{
    private const string Other = "cds:19647330000001";
    private const string College = "ipeds:111111";

    private static K12Enrollment Open(string year, string grade, DateOnly entry, string school = Records.School) =>
        new(school, "Lincoln High", year, grade, entry, null, null);

    private static PostsecondaryTermEnrollment Term(string term, decimal units = 12m, string college = College) =>
        new(college, "Valley College", term, "undergraduate", null, units);

    private static CurrentEnrollment? Resolve(
        IEnumerable<K12Enrollment> k12, DateOnly asOf, IEnumerable<PostsecondaryTermEnrollment>? postsecondary = null, IEnumerable<Diploma>? diplomas = null) =>
        CurrentEnrollments.Resolve(k12, diplomas ?? [], postsecondary ?? [], asOf);

    [Fact]
    public void An_open_k12_enrollment_in_an_unfinished_school_year_is_current()
    {
        var current = Resolve([Open("2025-2026", "11", new DateOnly(2025, 8, 20))], new DateOnly(2026, 3, 1));

        Assert.Equal(new CurrentEnrollment("k12", Records.School, "Lincoln High", "11", null), current);
    }

    [Fact]
    public void The_latest_entry_wins()
    {
        K12Enrollment[] enrollments =
        [
            Open("2025-2026", "11", new DateOnly(2026, 1, 5), Other),
            Open("2025-2026", "11", new DateOnly(2025, 8, 20)),
        ];

        Assert.Equal(Other, Resolve(enrollments, new DateOnly(2026, 3, 1))?.InstitutionId);
    }

    [Fact]
    public void A_school_year_ends_on_july_31()
    {
        K12Enrollment[] enrollments = [Open("2024-2025", "11", new DateOnly(2024, 8, 20))];

        Assert.NotNull(Resolve(enrollments, new DateOnly(2025, 7, 31)));
        Assert.Null(Resolve(enrollments, new DateOnly(2025, 8, 1)));
    }

    [Fact]
    public void An_exit_or_a_diploma_ends_the_k12_enrollment()
    {
        var entry = new DateOnly(2025, 8, 20);
        var asOf = new DateOnly(2026, 3, 1);

        Assert.Null(Resolve([Open("2025-2026", "12", entry) with { ExitDate = new DateOnly(2026, 2, 1), ExitReason = "transferred" }], asOf));
        Assert.Null(Resolve(
            [Open("2025-2026", "12", entry)], asOf, diplomas: [new Diploma(Records.School, "2025-2026", new DateOnly(2026, 2, 1), "standard")]));
    }

    [Fact]
    public void A_postsecondary_term_under_way_is_current()
    {
        var current = Resolve([], new DateOnly(2026, 3, 1), [Term("2025-FA"), Term("2026-SP")]);

        Assert.Equal(new CurrentEnrollment("postsecondary", College, "Valley College", null, "2026-SP"), current);
    }

    [Fact]
    public void The_next_term_counts_between_terms_but_not_a_later_one()
    {
        Assert.Equal("2026-FA", Resolve([], new DateOnly(2026, 7, 15), [Term("2026-FA")])?.Term);
        Assert.Null(Resolve([], new DateOnly(2026, 3, 1), [Term("2026-FA")]));
    }

    [Fact]
    public void The_term_under_way_is_preferred_over_the_next()
    {
        var current = Resolve([], new DateOnly(2026, 3, 1), [Term("2026-SU"), Term("2026-SP")]);

        Assert.Equal("2026-SP", current?.Term);
    }

    [Fact]
    public void An_ended_term_is_not_current() =>
        Assert.Null(Resolve([], new DateOnly(2026, 1, 1), [Term("2025-FA")]));

    [Fact]
    public void Between_k12_and_postsecondary_the_later_start_wins()
    {
        K12Enrollment[] k12 = [Open("2025-2026", "12", new DateOnly(2025, 8, 20))];

        Assert.Equal("k12", Resolve(k12, new DateOnly(2025, 9, 1), [Term("2025-FA")])?.Level);
        Assert.Equal("postsecondary", Resolve(k12, new DateOnly(2026, 3, 1), [Term("2026-SP")])?.Level);
    }

    [Fact]
    public void Nobody_enrolled_gives_null() => Assert.Null(Resolve([], new DateOnly(2026, 3, 1)));
}
