using CradleToCareer.Domain.Profile;
using CradleToCareer.Domain.Rules;

namespace CradleToCareer.Domain.Tests.Rules;

public sealed class AgGpaTests
{
    [Fact]
    public void Only_grades_10_and_11_count()
    {
        K12Course[] courses =
        [
            Records.Course("b", "F", grade: "09"),
            Records.Course("b", "A", grade: "10"),
            Records.Course("b", "B", grade: "11"),
            Records.Course("b", "F", grade: "12"),
        ];

        Assert.Equal(3.50m, AgGpa.Unweighted(courses));
        Assert.Equal(3.50m, AgGpa.WeightedCapped(courses));
    }

    [Fact]
    public void Only_ag_courses_count()
    {
        K12Course[] courses = [Records.Course("c", "B"), Records.Course(null, "F")];

        Assert.Equal(3.00m, AgGpa.Unweighted(courses));
    }

    [Fact]
    public void Ag_gpa_is_null_without_graded_grade_10_or_11_ag_courses()
    {
        K12Course[] courses = [Records.Course("c", "A", grade: "09"), Records.Course("c", "P", grade: "10")];

        Assert.Null(AgGpa.Unweighted(courses));
        Assert.Null(AgGpa.WeightedCapped(courses));
    }

    [Fact]
    public void Honors_A_B_or_C_earns_one_extra_point()
    {
        K12Course[] courses = [Records.Course("b", "B", honors: true), Records.Course("c", "B")];

        Assert.Equal(3.00m, AgGpa.Unweighted(courses));
        Assert.Equal(3.50m, AgGpa.WeightedCapped(courses));
    }

    [Theory]
    [InlineData("C-", 2.70)]
    [InlineData("D+", 1.30)]
    [InlineData("F", 0.00)]
    public void Honors_below_C_earns_no_bonus(string mark, double weighted) =>
        Assert.Equal((decimal)weighted, AgGpa.WeightedCapped([Records.Course("d", mark, honors: true)]));

    [Fact]
    public void Only_the_first_eight_honors_courses_by_school_year_and_term_earn_the_bonus()
    {
        // Nine honors A courses: 2024-2025 SU, SP, FA and 2025-2026 FA, SP (grade 10-11) listed out of order.
        var honors = new List<K12Course>
        {
            Records.Course("b", "A", "2025-2026", "SP", "11", honors: true, code: "H9"),
            Records.Course("b", "A", "2024-2025", "SU", "10", honors: true, code: "H5"),
            Records.Course("b", "A", "2024-2025", "FA", "10", honors: true, code: "H1"),
            Records.Course("b", "A", "2024-2025", "FA", "10", honors: true, code: "H2"),
            Records.Course("b", "A", "2024-2025", "SP", "10", honors: true, code: "H3"),
            Records.Course("b", "A", "2024-2025", "SP", "10", honors: true, code: "H4"),
            Records.Course("b", "A", "2025-2026", "FA", "11", honors: true, code: "H6"),
            Records.Course("b", "A", "2025-2026", "FA", "11", honors: true, code: "H7"),
            Records.Course("b", "A", "2025-2026", "FA", "11", honors: true, code: "H8"),
        };

        // 8 x 5.0 + 1 x 4.0 over 9 courses = 44 / 9 = 4.888...
        Assert.Equal(4.89m, AgGpa.WeightedCapped(honors));
        Assert.Equal(4.00m, AgGpa.Unweighted(honors));
    }

    [Fact]
    public void The_cap_goes_to_the_earliest_courses_not_the_best()
    {
        // Eight early honors C courses use the cap; a later honors A gets nothing extra.
        var courses = Enumerable.Range(1, 8)
            .Select(i => Records.Course("c", "C", "2024-2025", "FA", "10", honors: true, code: $"E{i}"))
            .Append(Records.Course("c", "A", "2025-2026", "SP", "11", honors: true, code: "LATE"))
            .ToList();

        // (8 x 3.0 + 4.0) / 9 = 3.111...
        Assert.Equal(3.11m, AgGpa.WeightedCapped(courses));
    }

    [Fact]
    public void Honors_courses_outside_grades_10_and_11_do_not_use_the_cap()
    {
        var courses = Enumerable.Range(1, 8)
            .Select(i => Records.Course("b", "A", "2023-2024", "FA", "09", honors: true, code: $"N{i}"))
            .Append(Records.Course("b", "B", "2024-2025", "FA", "10", honors: true, code: "T1"))
            .ToList();

        Assert.Equal(4.00m, AgGpa.WeightedCapped(courses));
    }

    [Fact]
    public void Ties_in_a_term_go_by_course_code()
    {
        var courses = Enumerable.Range(1, 8)
            .Select(i => Records.Course("b", "B", "2024-2025", "FA", "10", honors: true, code: $"B{i}"))
            .Prepend(Records.Course("b", "C", "2024-2025", "FA", "10", honors: true, code: "Z9"))
            .ToList();

        // B1..B8 get the bonus (8 x 4.0), Z9 does not (2.0): 34 / 9 = 3.777...
        Assert.Equal(3.78m, AgGpa.WeightedCapped(courses));
    }
}
