namespace CradleToCareer.Domain.Profile;

/// <summary>Who the person is, as the sources describe them. Never carries the SSN token or the address.</summary>
public sealed record StudentDetails(
    string? FirstName,
    string? MiddleName,
    string? LastName,
    DateOnly? BirthDate,
    string? Sex,
    IReadOnlyList<StudentId> Ids);

public sealed record StudentId(string System, string Value);
