using CradleToCareer.Domain.Events;

namespace CradleToCareer.Domain.Access;

/// <summary>
/// The institution whose own records an event reports: the school of a <c>c2c.k12.*</c> event, the college of a
/// <c>c2c.postsecondary.*</c> event. Only an organization that speaks for that institution may send it. Other events
/// either name no institution or name one only as a reference (the college of an aid disbursement).
/// </summary>
public static class InstitutionOfRecord
{
    /// <summary>The institution id the event reports records of, or null when it reports none.</summary>
    public static string? Of(SourceEvent sourceEvent) => sourceEvent.Body switch
    {
        K12EnrollmentStarted body => body.Institution.Id,
        K12EnrollmentEnded body => body.Institution.Id,
        K12AttendanceSummarized body => body.Institution.Id,
        K12CourseCompleted body => body.Institution.Id,
        K12Graduated body => body.Institution.Id,
        PostsecondaryEnrollment body => body.Institution.Id,
        PostsecondaryCourseCompleted body => body.Institution.Id,
        AwardConferred body => body.Institution.Id,
        _ => null,
    };
}
