namespace CradleToCareer.Domain.Events.Parsing;

/// <summary>
/// Reads the type-specific fields of <c>data</c>. The body returned may hold defaults where fields were
/// invalid; the caller uses it only when no error was recorded.
/// </summary>
internal static partial class BodyParser
{
    private static readonly FieldKind<string> Mark = FieldKinds.OneOf(Vocabulary.Marks);
    private static readonly FieldKind<string> CourseCode = FieldKinds.Text(FieldLimits.CourseCode);
    private static readonly FieldKind<string> Title = FieldKinds.Text(FieldLimits.Title);
    private static readonly FieldKind<decimal> CreditsOrUnits = FieldKinds.Amount(FieldLimits.CreditsOrUnits);
    private static readonly FieldKind<decimal> Money = FieldKinds.Amount(FieldLimits.Money);

    /// <param name="eventSource">The envelope's source if it could be read; a retraction must name the same one.</param>
    public static EventBody Parse(string type, JsonObjectReader data, string? eventSource, string? eventId) => type switch
    {
        EventTypes.K12EnrollmentStarted => K12EnrollmentStarted(data),
        EventTypes.K12EnrollmentEnded => K12EnrollmentEnded(data),
        EventTypes.K12AttendanceSummarized => K12AttendanceSummarized(data),
        EventTypes.K12CourseCompleted => K12CourseCompleted(data),
        EventTypes.K12Graduated => K12Graduated(data),
        EventTypes.PostsecondaryEnrollment => PostsecondaryEnrollment(data),
        EventTypes.PostsecondaryCourseCompleted => PostsecondaryCourseCompleted(data),
        EventTypes.PostsecondaryAwardConferred => AwardConferred(data),
        EventTypes.FinaidApplicationSubmitted => AidApplicationSubmitted(data),
        EventTypes.FinaidAwardDisbursed => AidDisbursed(data),
        EventTypes.WorkforceWageReported => WageReported(data),
        EventTypes.SocialServicesParticipation => ServiceParticipation(data),
        EventTypes.CorrectionRetracted => Retraction(data, eventSource, eventId),
        _ => throw new ArgumentException("Unknown event type.", nameof(type)),
    };
}
