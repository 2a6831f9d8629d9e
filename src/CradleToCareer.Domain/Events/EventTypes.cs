namespace CradleToCareer.Domain.Events;

/// <summary>The stream family an event travels on (one Orleans stream namespace each).</summary>
public enum EventFamily
{
    Enrollment,
    Academic,
    Aid,
    Employment,
    Services,
}

/// <summary>The event types of events.md, and the family each belongs to.</summary>
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

    private static readonly Dictionary<string, EventFamily> Families = new(StringComparer.Ordinal)
    {
        [K12EnrollmentStarted] = EventFamily.Enrollment,
        [K12EnrollmentEnded] = EventFamily.Enrollment,
        [K12AttendanceSummarized] = EventFamily.Enrollment,
        [PostsecondaryEnrollment] = EventFamily.Enrollment,
        [K12CourseCompleted] = EventFamily.Academic,
        [K12Graduated] = EventFamily.Academic,
        [PostsecondaryCourseCompleted] = EventFamily.Academic,
        [PostsecondaryAwardConferred] = EventFamily.Academic,
        // A retraction travels with the academic family; the grain it reaches is what matters.
        [CorrectionRetracted] = EventFamily.Academic,
        [FinaidApplicationSubmitted] = EventFamily.Aid,
        [FinaidAwardDisbursed] = EventFamily.Aid,
        [WorkforceWageReported] = EventFamily.Employment,
        [SocialServicesParticipation] = EventFamily.Services,
    };

    public static IReadOnlyCollection<string> All => Families.Keys;

    public static bool IsKnown(string type) => Families.ContainsKey(type);

    public static EventFamily FamilyOf(string type) =>
        Families.TryGetValue(type, out var family)
            ? family
            : throw new ArgumentException($"Unknown event type '{type}'.", nameof(type));
}
