using CradleToCareer.Domain.Rules;

namespace CradleToCareer.Domain.Profile;

/// <summary>a-g status: per subject letter ("a".."g") the semesters done and required, and the grade 10-11 a-g GPAs.</summary>
public sealed record AgSummary(
    bool Complete,
    IReadOnlyDictionary<string, AgSubjectProgress> Subjects,
    decimal? Gpa1011,
    decimal? Gpa1011WeightedCapped);
