namespace CradleToCareer.Domain.Events;

/// <summary>The type-specific part of <c>data</c> (everything but <c>student</c>).</summary>
public abstract record EventBody;

public sealed record K12EnrollmentStarted(
    InstitutionRef Institution, string SchoolYear, string GradeLevel, DateOnly EntryDate) : EventBody;

public sealed record K12EnrollmentEnded(
    InstitutionRef Institution, string SchoolYear, DateOnly ExitDate, string ExitReason) : EventBody;

public sealed record K12AttendanceSummarized(
    InstitutionRef Institution, string SchoolYear, int DaysEnrolled, int DaysAbsent) : EventBody;

public sealed record K12CourseCompleted(
    InstitutionRef Institution,
    string SchoolYear,
    string Term,
    string GradeLevel,
    string CourseCode,
    string CourseTitle,
    char? AgCategory,
    bool Honors,
    string Mark,
    decimal CreditsAttempted,
    decimal CreditsEarned) : EventBody;

public sealed record K12Graduated(
    InstitutionRef Institution, string SchoolYear, DateOnly Date, string DiplomaType) : EventBody;

public sealed record PostsecondaryEnrollment(
    InstitutionRef Institution, string Term, string Level, string? ProgramCip, decimal UnitsAttempted) : EventBody;

public sealed record PostsecondaryCourseCompleted(
    InstitutionRef Institution,
    string Term,
    string CourseCode,
    string CourseTitle,
    string Mark,
    decimal UnitsAttempted,
    decimal UnitsEarned) : EventBody;

public sealed record AwardConferred(
    InstitutionRef Institution, DateOnly Date, string AwardLevel, string ProgramCip, string Title) : EventBody;

public sealed record AidApplicationSubmitted(
    string Application, string AwardYear, DateOnly SubmittedDate) : EventBody;

public sealed record AidDisbursed(
    string Program, string AwardYear, InstitutionRef? Institution, decimal Amount, DateOnly DisbursedDate) : EventBody;

public sealed record WageReported(
    EmployerRef Employer, int Year, int Quarter, decimal Wages) : EventBody;

public sealed record ServiceParticipation(
    string Program, DateOnly StartDate, DateOnly? EndDate) : EventBody;

/// <summary>Withdraws an earlier event of the same source; its effects disappear from every view.</summary>
public sealed record Retraction(EventKey Retracts, string? Reason) : EventBody;
