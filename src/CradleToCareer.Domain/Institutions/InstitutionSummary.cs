namespace CradleToCareer.Domain.Institutions;

/// <summary>
/// An institution's live counts after small-cell suppression: people enrolled now, split by K-12 grade level
/// and by postsecondary term (together one group whose total is <see cref="EnrolledNow"/>), and people per
/// milestone reached.
/// </summary>
public sealed record InstitutionSummary(
    string InstitutionId,
    CellCount EnrolledNow,
    IReadOnlyDictionary<string, CellCount> EnrolledByGradeLevel,
    IReadOnlyDictionary<string, CellCount> EnrolledByTerm,
    IReadOnlyDictionary<string, CellCount> Milestones);
