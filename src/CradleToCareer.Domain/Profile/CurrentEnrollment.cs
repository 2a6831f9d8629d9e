namespace CradleToCareer.Domain.Profile;

/// <summary>Where the person is enrolled now: <see cref="Level"/> is "k12" (with a grade) or "postsecondary" (with a term).</summary>
public sealed record CurrentEnrollment(
    string Level,
    string InstitutionId,
    string? InstitutionName,
    string? GradeLevel,
    string? Term)
{
    public const string K12Level = "k12";
    public const string PostsecondaryLevel = "postsecondary";
}
