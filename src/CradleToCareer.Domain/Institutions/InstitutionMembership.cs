using System.Text.Json.Serialization;

namespace CradleToCareer.Domain.Institutions;

/// <summary>
/// What one person contributes to one institution's counts: the current grade or term when currently enrolled there,
/// and every milestone the person has reached (a milestone counts at every institution attended).
/// </summary>
public sealed record InstitutionMembership(
    string InstitutionId,
    string? CurrentGradeLevel,
    string? CurrentTerm,
    IReadOnlyList<string> Milestones)
{
    [JsonIgnore]
    public bool IsEnrolledNow => CurrentGradeLevel is not null || CurrentTerm is not null;
}
