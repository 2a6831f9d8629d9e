using CradleToCareer.Domain.Profile;

namespace CradleToCareer.Domain.Rules;

/// <summary>The a-g subject requirements of rules.md; each K-12 course record is one semester.</summary>
public static class AgRequirements
{
    public const string Elective = "g";

    /// <summary>Semesters required per subject letter, in order a..g.</summary>
    public static IReadOnlyList<KeyValuePair<string, int>> Required { get; } =
    [
        new("a", 4), new("b", 8), new("c", 6), new("d", 4), new("e", 4), new("f", 2), new(Elective, 2),
    ];

    /// <summary>The subject letter a course counts toward, or null when it has no a-g category or its mark does not count.</summary>
    public static string? CountedSubject(K12Course course) =>
        SubjectOf(course.AgCategory) is { } subject && Marks.CountsForAg(course.Mark) ? subject : null;

    /// <summary>The subject letter ("a".."g") of an a-g category, case-insensitive; null when not an a-g category.</summary>
    public static string? SubjectOf(string? agCategory) =>
        agCategory is { Length: 1 } && char.ToLowerInvariant(agCategory[0]) is >= 'a' and <= 'g' and var letter
            ? letter.ToString()
            : null;

    /// <summary>
    /// Per subject: a-f done is capped at the requirement, their extra semesters move to g
    /// (g done = own g semesters + overflow, not capped). Complete when every subject is met.
    /// </summary>
    public static AgCompletion Evaluate(IEnumerable<K12Course> courses)
    {
        var semesters = courses
            .Select(CountedSubject)
            .OfType<string>()
            .GroupBy(subject => subject, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Count(), StringComparer.Ordinal);

        var overflow = 0;
        var subjects = new SortedDictionary<string, AgSubjectProgress>(StringComparer.Ordinal);
        foreach (var (subject, required) in Required.Where(r => r.Key != Elective))
        {
            var done = semesters.GetValueOrDefault(subject);
            overflow += Math.Max(0, done - required);
            subjects[subject] = new AgSubjectProgress(Math.Min(done, required), required);
        }

        var electiveRequired = Required.Single(r => r.Key == Elective).Value;
        subjects[Elective] = new AgSubjectProgress(semesters.GetValueOrDefault(Elective) + overflow, electiveRequired);

        return new AgCompletion(subjects.Values.All(s => s.IsMet), subjects);
    }
}

public sealed record AgCompletion(bool Complete, IReadOnlyDictionary<string, AgSubjectProgress> Subjects);
