namespace CradleToCareer.Domain.Events;

/// <summary>The event types of events.md.</summary>
public static class EventTypes
{
    public const string K12EnrollmentStarted = "c2c.k12.enrollment.started";
    public const string K12EnrollmentEnded = "c2c.k12.enrollment.ended";
    public const string K12AttendanceSummarized = "c2c.k12.attendance.summarized";
    public const string K12CourseCompleted = "c2c.k12.course.completed";
    public const string K12Graduated = "c2c.k12.graduated";
    public const string PostsecondaryEnrollment = "c2c.postsecondary.enrollment";
    public const string PostsecondaryCourseCompleted = "c2c.postsecondary.course.completed";
    public const string PostsecondaryAwardConferred = "c2c.postsecondary.award.conferred";
    public const string FinaidApplicationSubmitted = "c2c.finaid.application.submitted";
    public const string FinaidAwardDisbursed = "c2c.finaid.award.disbursed";
    public const string WorkforceWageReported = "c2c.workforce.wage.reported";
    public const string SocialServicesParticipation = "c2c.socialservices.participation";
    public const string CorrectionRetracted = "c2c.correction.retracted";

    private static readonly string[] Types =
    [
        K12EnrollmentStarted, K12EnrollmentEnded, K12AttendanceSummarized, K12CourseCompleted, K12Graduated,
        PostsecondaryEnrollment, PostsecondaryCourseCompleted, PostsecondaryAwardConferred,
        FinaidApplicationSubmitted, FinaidAwardDisbursed, WorkforceWageReported, SocialServicesParticipation, CorrectionRetracted,
    ];

    private static readonly HashSet<string> Known = new(Types, StringComparer.Ordinal);

    public static IReadOnlyCollection<string> All { get; } = Array.AsReadOnly(Types);

    public static bool IsKnown(string type) => Known.Contains(type);
}
