using CradleToCareer.Domain.Rules;

namespace CradleToCareer.Domain.Tests.Rules;

public sealed class AcademicCalendarTests
{
    [Theory]
    [InlineData("FA", "2024-08-01", "2024-12-31")]
    [InlineData("SP", "2025-01-01", "2025-05-31")]
    [InlineData("SU", "2025-06-01", "2025-07-31")]
    public void K12_terms_fall_in_their_school_year(string term, string start, string end)
    {
        var parsed = AcademicTerm.ParseK12("2024-2025", term);

        Assert.Equal(DateOnly.Parse(start), parsed.Start);
        Assert.Equal(DateOnly.Parse(end), parsed.End);
    }

    [Theory]
    [InlineData("2025-FA", "2025-08-01", "2025-12-31")]
    [InlineData("2026-SP", "2026-01-01", "2026-05-31")]
    [InlineData("2026-SU", "2026-06-01", "2026-07-31")]
    public void Postsecondary_terms_fall_in_their_named_year(string term, string start, string end)
    {
        var parsed = AcademicTerm.ParsePostsecondary(term);

        Assert.Equal(DateOnly.Parse(start), parsed.Start);
        Assert.Equal(DateOnly.Parse(end), parsed.End);
        Assert.Equal(term, parsed.ToPostsecondaryName());
    }

    [Fact]
    public void Both_forms_share_one_calendar()
    {
        Assert.Equal(AcademicTerm.ParseK12("2025-2026", "FA"), AcademicTerm.ParsePostsecondary("2025-FA"));
        Assert.Equal(AcademicTerm.ParseK12("2025-2026", "SP"), AcademicTerm.ParsePostsecondary("2026-SP"));
        Assert.Equal(AcademicTerm.ParseK12("2025-2026", "SU"), AcademicTerm.ParsePostsecondary("2026-SU"));
    }

    [Fact]
    public void Terms_order_by_school_year_then_FA_SP_SU()
    {
        string[] shuffled = ["2026-FA", "2026-SP", "2025-FA", "2026-SU", "2025-SU"];

        var ordered = shuffled.Select(AcademicTerm.ParsePostsecondary).Order().Select(t => t.ToPostsecondaryName());

        Assert.Equal(["2025-SU", "2025-FA", "2026-SP", "2026-SU", "2026-FA"], ordered);
        Assert.True(AcademicTerm.ParseK12("2024-2025", "SU") < AcademicTerm.ParseK12("2025-2026", "FA"));
        Assert.True(AcademicTerm.ParseK12("2024-2025", "FA") < AcademicTerm.ParseK12("2024-2025", "SP"));
    }

    [Theory]
    [InlineData("2025-08-01", "2025-FA")]
    [InlineData("2025-12-31", "2025-FA")]
    [InlineData("2026-01-01", "2026-SP")]
    [InlineData("2026-05-31", "2026-SP")]
    [InlineData("2026-06-01", "2026-SU")]
    [InlineData("2026-07-31", "2026-SU")]
    public void Every_day_belongs_to_one_term(string day, string term) =>
        Assert.Equal(term, AcademicTerm.Containing(DateOnly.Parse(day)).ToPostsecondaryName());

    [Theory]
    [InlineData("2025-FA", "2026-SP")]
    [InlineData("2026-SP", "2026-SU")]
    [InlineData("2026-SU", "2026-FA")]
    public void Next_steps_through_the_calendar(string term, string next) =>
        Assert.Equal(next, AcademicTerm.ParsePostsecondary(term).Next.ToPostsecondaryName());

    [Theory]
    [InlineData("2025", "FA")]
    [InlineData("2024-2026", "FA")]
    [InlineData("2024-2025", "WI")]
    [InlineData("24-25", "FA")]
    [InlineData(null, "FA")]
    public void Malformed_k12_terms_do_not_parse(string? schoolYear, string term) =>
        Assert.False(AcademicTerm.TryParseK12(schoolYear, term, out _));

    [Theory]
    [InlineData("2025-WI")]
    [InlineData("2025FA")]
    [InlineData("25-FA")]
    [InlineData("2025-fa")]
    [InlineData("")]
    public void Malformed_postsecondary_terms_do_not_parse(string term)
    {
        Assert.False(AcademicTerm.TryParsePostsecondary(term, out _));
        Assert.Throws<FormatException>(() => AcademicTerm.ParsePostsecondary(term));
    }

    [Fact]
    public void A_school_year_runs_august_to_july()
    {
        Assert.Equal(new DateOnly(2024, 8, 1), SchoolYear.Start("2024-2025"));
        Assert.Equal(new DateOnly(2025, 7, 31), SchoolYear.End("2024-2025"));
    }

    [Theory]
    [InlineData(1, "2025-01-01")]
    [InlineData(2, "2025-04-01")]
    [InlineData(3, "2025-07-01")]
    [InlineData(4, "2025-10-01")]
    public void Wage_quarters_start_on_the_first_of_their_first_month(int quarter, string start) =>
        Assert.Equal(DateOnly.Parse(start), WageQuarter.Start(2025, quarter));

    [Fact]
    public void There_is_no_fifth_quarter() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => WageQuarter.Start(2025, 5));
}
