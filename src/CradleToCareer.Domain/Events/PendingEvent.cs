using CradleToCareer.Domain.Identity;

namespace CradleToCareer.Domain.Events;

/// <summary>A validated event on its way into the log.</summary>
/// <param name="Event">The parsed event (no raw SSN).</param>
/// <param name="CanonicalUtf8">Its canonical stored form, as UTF-8: what the log stores and the streams carry.</param>
/// <param name="ContentHash">SHA-256 of the canonical form: tells a duplicate from a conflict.</param>
/// <param name="IdTokens">Keyed tokens of the student block's identifiers, for the identity index.</param>
public sealed record PendingEvent(
    SourceEvent Event,
    byte[] CanonicalUtf8,
    byte[] ContentHash,
    IReadOnlyList<string> IdTokens)
{
    /// <summary>Prepares a validated event for the log: canonical form, content hash and identifier tokens.</summary>
    public static PendingEvent Create(SourceEvent sourceEvent, BatchIdentifierTokens idTokens)
    {
        var (utf8, hash) = CanonicalEventJson.WriteWithHash(sourceEvent);
        return new PendingEvent(
            sourceEvent,
            utf8,
            hash,
            [.. sourceEvent.Student.Ids.Select(idTokens.For)]);
    }

    /// <summary>The institution the event names, if any: the key for institution catch-up.</summary>
    public string? InstitutionId => Event.Body switch
    {
        K12EnrollmentStarted b => b.Institution.Id,
        K12EnrollmentEnded b => b.Institution.Id,
        K12AttendanceSummarized b => b.Institution.Id,
        K12CourseCompleted b => b.Institution.Id,
        K12Graduated b => b.Institution.Id,
        PostsecondaryEnrollment b => b.Institution.Id,
        PostsecondaryCourseCompleted b => b.Institution.Id,
        AwardConferred b => b.Institution.Id,
        AidDisbursed b => b.Institution?.Id,
        _ => null,
    };
}

public enum AppendStatus
{
    Accepted,
    Duplicate,
    Conflict,
    Rejected,
}

/// <summary>What became of one event of a batch.</summary>
public sealed record AppendOutcome(AppendStatus Status, string? PersonId, FieldError? Error = null);
