namespace CradleToCareer.Domain.Profile;

/// <summary>
/// One school and school year: entry is the earliest start, grade the latest start's grade, exit the latest end.
/// An end without a start has no entry date and no grade.
/// </summary>
public sealed record K12Enrollment(
    string InstitutionId,
    string? InstitutionName,
    string SchoolYear,
    string? GradeLevel,
    DateOnly? EntryDate,
    DateOnly? ExitDate,
    string? ExitReason);

/// <summary>The attendance summary in force for one school and school year.</summary>
public sealed record K12Attendance(string InstitutionId, string SchoolYear, int DaysEnrolled, int DaysAbsent);

/// <summary>One semester course record, with every field of its event.</summary>
public sealed record K12Course(
    string InstitutionId,
    string SchoolYear,
    string Term,
    string GradeLevel,
    string CourseCode,
    string CourseTitle,
    string? AgCategory,
    bool Honors,
    string Mark,
    decimal CreditsAttempted,
    decimal CreditsEarned);

public sealed record Diploma(string InstitutionId, string SchoolYear, DateOnly Date, string DiplomaType);
