using CradleToCareer.Domain.Events;

namespace CradleToCareer.Domain.Matching;

/// <summary>
/// The student block as matching sees it, normalized, before anything is tokenized. Lives only
/// inside <see cref="MatchEncoder.Encode"/>; null means the field is missing.
/// </summary>
internal sealed record NormalizedStudent(
    string? FirstName,
    IReadOnlyList<string> FirstNameRoots,
    IReadOnlyList<string> FirstNameRelatives,
    string? LastName,
    DateOnly? BirthDate,
    string? Sex,
    string? StreetAddress,
    string? City,
    string? PostalCode,
    string? SsnToken,
    IReadOnlyList<string>? SsnNearTokens)
{
    public static NormalizedStudent From(StudentBlock student)
    {
        var firstName = MatchText.Letters(student.FirstName);
        var ssnToken = string.IsNullOrWhiteSpace(student.SsnToken) ? null : student.SsnToken;
        return new NormalizedStudent(
            firstName,
            firstName is null ? [] : GivenNameVariants.RootsOf(firstName),
            firstName is null ? [] : GivenNameVariants.RelativesOf(firstName),
            MatchText.Letters(student.LastName),
            student.BirthDate,
            MatchText.SexCode(student.Sex),
            MatchText.Street(student.StreetAddress),
            MatchText.Words(student.City),
            MatchText.PostalCode(student.PostalCode),
            ssnToken,
            ssnToken is null || student.SsnNearTokens is not { Count: > 0 } near ? null : near);
    }
}
