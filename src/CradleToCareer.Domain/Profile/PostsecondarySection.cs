namespace CradleToCareer.Domain.Profile;

public sealed record PostsecondarySection(
    decimal UnitsEarned,
    decimal? Gpa,
    IReadOnlyList<PostsecondaryTermEnrollment> Enrollments,
    IReadOnlyList<PostsecondaryCourse> Courses,
    IReadOnlyList<PostsecondaryTerm> Terms,
    IReadOnlyList<Award> Awards);
