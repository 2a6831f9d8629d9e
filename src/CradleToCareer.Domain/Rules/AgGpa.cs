using CradleToCareer.Domain.Profile;

namespace CradleToCareer.Domain.Rules;

/// <summary>The UC-style a-g GPAs of rules.md: grades 10 and 11 only, a-g courses only.</summary>
public static class AgGpa
{
    public const int MaxHonorsBonusCourses = 8;

    private static readonly string[] CountedGradeLevels = ["10", "11"];

    /// <summary>The plain GPA of the grade 10-11 a-g courses.</summary>
    public static decimal? Unweighted(IEnumerable<K12Course> courses) =>
        Gpa.Of(Eligible(courses).Select(c => new MarkedAttempt(c.Mark, c.CreditsAttempted)));

    /// <summary>
    /// Each honors course marked A, B or C (any +/-) earns one extra point, for at most the first
    /// <see cref="MaxHonorsBonusCourses"/> such courses by school year, then term FA, SP, SU, then course code;
    /// remaining ties keep the order of <paramref name="courses"/>.
    /// </summary>
    public static decimal? WeightedCapped(IEnumerable<K12Course> courses)
    {
        var ordered = Eligible(courses)
            .OrderBy(c => AcademicTerm.ParseK12(c.SchoolYear, c.Term))
            .ThenBy(c => c.CourseCode, StringComparer.Ordinal)
            .ToList();

        var bonusesLeft = MaxHonorsBonusCourses;
        var attempts = new List<MarkedAttempt>(ordered.Count);
        foreach (var course in ordered)
        {
            var bonus = 0m;
            if (course.Honors && Marks.EarnsHonorsBonus(course.Mark) && bonusesLeft > 0)
            {
                bonus = 1m;
                bonusesLeft--;
            }

            attempts.Add(new MarkedAttempt(course.Mark, course.CreditsAttempted, bonus));
        }

        return Gpa.Of(attempts);
    }

    private static IEnumerable<K12Course> Eligible(IEnumerable<K12Course> courses) =>
        courses.Where(c => CountedGradeLevels.Contains(c.GradeLevel, StringComparer.Ordinal)
                           && AgRequirements.SubjectOf(c.AgCategory) is not null);
}
