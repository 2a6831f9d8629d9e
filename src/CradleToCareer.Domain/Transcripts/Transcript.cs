using System.Text.Json.Serialization;
using CradleToCareer.Domain.Profile;

namespace CradleToCareer.Domain.Transcripts;

/// <summary>
/// An e-transcript as issued (api.md, Views, Transcript): who it is about, the academic record of the
/// requested level, and who issued it to whom, when and why. Once issued it never changes.
/// </summary>
public sealed record Transcript(
    string TranscriptId,
    DateTimeOffset IssuedAt,
    string Issuer,
    string RecipientOrgId,
    string Purpose,
    string Level,
    TranscriptStudent Student,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] K12Transcript? K12,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] PostsecondaryTranscript? Postsecondary);

/// <summary>Who the transcript is about, with only the ids its recipient may see (<see cref="VisibleStudentIds"/>).</summary>
public sealed record TranscriptStudent(
    string PersonId,
    string? FirstName,
    string? MiddleName,
    string? LastName,
    DateOnly? BirthDate,
    IReadOnlyList<StudentId> Ids);

/// <summary>The K-12 record: schools with dates, semester courses, per-term and cumulative totals, a-g status, diplomas.</summary>
public sealed record K12Transcript(
    IReadOnlyList<AttendedSchool> Institutions,
    IReadOnlyList<K12Course> Courses,
    IReadOnlyList<K12TermSummary> Terms,
    decimal CreditsEarned,
    decimal? Gpa,
    AgSummary Ag,
    IReadOnlyList<Diploma> Diplomas);

/// <summary>A school attended: the first entry and the last exit; no exit while the student is still enrolled there.</summary>
public sealed record AttendedSchool(string InstitutionId, string? Name, DateOnly? EntryDate, DateOnly? ExitDate);

/// <summary>One K-12 term with courses: its credits and GPA, and the cumulative ones through the end of it.</summary>
public sealed record K12TermSummary(
    string SchoolYear,
    string Term,
    decimal CreditsAttempted,
    decimal CreditsEarned,
    decimal? Gpa,
    decimal CumulativeCreditsEarned,
    decimal? CumulativeGpa);

/// <summary>The postsecondary record: colleges with their first and last terms, courses, term and cumulative totals, awards.</summary>
public sealed record PostsecondaryTranscript(
    IReadOnlyList<AttendedCollege> Institutions,
    IReadOnlyList<PostsecondaryCourse> Courses,
    IReadOnlyList<PostsecondaryTermSummary> Terms,
    decimal UnitsEarned,
    decimal? Gpa,
    IReadOnlyList<Award> Awards);

/// <summary>A college attended, from the first to the last term with an enrollment or a course there ("2025-FA").</summary>
public sealed record AttendedCollege(string InstitutionId, string? Name, string FirstTerm, string LastTerm);

/// <summary>One postsecondary term with courses: its units and GPA, and the cumulative ones through the end of it.</summary>
public sealed record PostsecondaryTermSummary(
    string Term,
    decimal UnitsAttempted,
    decimal UnitsEarned,
    decimal? Gpa,
    decimal CumulativeUnitsEarned,
    decimal? CumulativeGpa);
