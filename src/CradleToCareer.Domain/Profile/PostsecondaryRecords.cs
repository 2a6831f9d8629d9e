namespace CradleToCareer.Domain.Profile;

public sealed record PostsecondaryTermEnrollment(
    string InstitutionId,
    string? InstitutionName,
    string Term,
    string Level,
    string? ProgramCip,
    decimal UnitsAttempted);

public sealed record PostsecondaryCourse(
    string InstitutionId,
    string Term,
    string CourseCode,
    string CourseTitle,
    string Mark,
    decimal UnitsAttempted,
    decimal UnitsEarned);

/// <summary>One term with completed courses: units earned in it and its term GPA.</summary>
public sealed record PostsecondaryTerm(string Term, decimal UnitsEarned, decimal? Gpa);

public sealed record Award(string InstitutionId, DateOnly Date, string AwardLevel, string ProgramCip, string Title);
