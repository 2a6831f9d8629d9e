using CradleToCareer.Domain.Events;
using CradleToCareer.Domain.Rules;

namespace CradleToCareer.Domain.Profile;

/// <summary>
/// Builds a person's profile as a pure function of the set of their events: duplicates collapse, retractions
/// remove their targets, and everything is sorted by natural dates and terms, then event key, before any rule runs,
/// so arrival order never matters.
/// </summary>
public static class StudentProjection
{
    /// <param name="personId">The person the events were resolved to.</param>
    /// <param name="events">Every event accepted for the person, in any order, duplicates and retractions included.</param>
    /// <param name="asOf">The day "current" enrollment is judged on.</param>
    public static StudentProfile Project(string personId, IEnumerable<SourceEvent> events, DateOnly asOf)
    {
        var effective = EffectiveEvents.Of(events);
        var institutions = InstitutionDirectory.Build(effective);
        var k12 = K12Projection.Build(effective, institutions);
        var postsecondary = PostsecondaryProjection.Build(effective, institutions);
        var finaid = OutcomesProjection.Finaid(effective);
        var workforce = OutcomesProjection.Workforce(effective);

        return new StudentProfile(
            personId,
            asOf,
            CurrentEnrollments.Resolve(k12.Enrollments, k12.Diplomas, postsecondary.Enrollments, asOf),
            k12,
            postsecondary,
            Milestones.Reached(k12, postsecondary, finaid, workforce, institutions),
            RiskFlags.Active(k12.Attendance, k12.Courses, k12.Gpa, postsecondary.Gpa),
            finaid,
            workforce,
            OutcomesProjection.SocialServices(effective),
            StudentDetailsProjection.Build(effective),
            institutions,
            effective.Count);
    }
}
