using System.Collections.Frozen;

namespace CradleToCareer.Domain.Rules;

/// <summary>The marks of rules.md: the graded letter marks with their points, and P, NP, I, W.</summary>
public static class Marks
{
    private static readonly FrozenDictionary<string, decimal> GradePoints = new Dictionary<string, decimal>(StringComparer.Ordinal)
    {
        ["A+"] = 4.0m, ["A"] = 4.0m, ["A-"] = 3.7m,
        ["B+"] = 3.3m, ["B"] = 3.0m, ["B-"] = 2.7m,
        ["C+"] = 2.3m, ["C"] = 2.0m, ["C-"] = 1.7m,
        ["D+"] = 1.3m, ["D"] = 1.0m, ["D-"] = 0.7m,
        ["F"] = 0.0m,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenSet<string> UngradedMarks = new[] { "P", "NP", "I", "W" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> AgOffTrackMarks = new[] { "D+", "D", "D-", "F", "NP" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Every mark accepted at ingest (case-sensitive, as written in rules.md).</summary>
    public static IReadOnlyCollection<string> All { get; } = [.. GradePoints.Keys, .. UngradedMarks];

    public static bool IsValid(string mark) => IsGraded(mark) || UngradedMarks.Contains(mark);

    /// <summary>True for the letter marks that carry points and enter GPAs.</summary>
    public static bool IsGraded(string mark) => GradePoints.ContainsKey(mark);

    /// <summary>The grade points of a graded mark.</summary>
    /// <exception cref="ArgumentException">The mark carries no points (P, NP, I, W) or is unknown.</exception>
    public static decimal Points(string mark) =>
        GradePoints.TryGetValue(mark, out var points)
            ? points
            : throw new ArgumentException($"Mark '{mark}' carries no grade points.", nameof(mark));

    /// <summary>C- or better, or P: the course counts toward its a-g subject.</summary>
    public static bool CountsForAg(string mark) => mark == "P" || (IsGraded(mark) && Points(mark) >= Points("C-"));

    /// <summary>An A, B or C with any +/-: an honors course with this mark earns the weighted bonus point.</summary>
    public static bool EarnsHonorsBonus(string mark) => IsGraded(mark) && mark[0] is 'A' or 'B' or 'C';

    /// <summary>D+, D, D-, F or NP: an a-g course with this mark puts a-g off track.</summary>
    public static bool IsAgOffTrack(string mark) => AgOffTrackMarks.Contains(mark);
}
