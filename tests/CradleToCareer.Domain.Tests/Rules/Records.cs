using CradleToCareer.Domain.Profile;

namespace CradleToCareer.Domain.Tests.Rules;

/// <summary>Profile records for rule tests, with sensible defaults.</summary>
internal static class Records
{
    public const string School = "cds:19647331931765";

    public static K12Course Course(
        string? ag, string mark, string schoolYear = "2024-2025", string term = "FA", string grade = "10",
        bool honors = false, string code = "C1", decimal credits = 5m) =>
        new(School, schoolYear, term, grade, code, $"Course {code}", ag, honors, mark, credits, credits);

    /// <summary><paramref name="count"/> passing semesters of one subject, one per term from 2022-2023 FA on.</summary>
    public static IEnumerable<K12Course> Semesters(string ag, int count, string mark = "B") =>
        Enumerable.Range(0, count).Select(i => Course(ag, mark, $"{2022 + (i / 2)}-{2023 + (i / 2)}", i % 2 == 0 ? "FA" : "SP", code: $"{ag}{i}"));
}
