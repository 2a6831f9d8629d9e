namespace CradleToCareer.Domain.Profile;

public sealed record K12Section(
    decimal CreditsEarned,
    decimal? Gpa,
    AgSummary Ag,
    IReadOnlyList<K12Enrollment> Enrollments,
    IReadOnlyList<K12Attendance> Attendance,
    IReadOnlyList<K12Course> Courses,
    IReadOnlyList<Diploma> Diplomas);
