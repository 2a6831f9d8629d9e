using CradleToCareer.Domain.Events;

namespace CradleToCareer.Domain.Profile;

/// <summary>Every institution named in the events; the most recent event that gives a name or kind supplies it.</summary>
internal static class InstitutionDirectory
{
    public static IReadOnlyList<KnownInstitution> Build(IEnumerable<SourceEvent> events)
    {
        var known = new SortedDictionary<string, KnownInstitution>(StringComparer.Ordinal);
        foreach (var institution in events.Order(EventKeyOrder.Recency).Select(e => InstitutionOf(e.Body)).OfType<InstitutionRef>())
        {
            var previous = known.GetValueOrDefault(institution.Id);
            known[institution.Id] = new KnownInstitution(
                institution.Id,
                institution.Name ?? previous?.Name,
                institution.Kind ?? previous?.Kind);
        }

        return [.. known.Values];
    }

    private static InstitutionRef? InstitutionOf(EventBody body) => body switch
    {
        K12EnrollmentStarted b => b.Institution,
        K12EnrollmentEnded b => b.Institution,
        K12AttendanceSummarized b => b.Institution,
        K12CourseCompleted b => b.Institution,
        K12Graduated b => b.Institution,
        PostsecondaryEnrollment b => b.Institution,
        PostsecondaryCourseCompleted b => b.Institution,
        AwardConferred b => b.Institution,
        AidDisbursed b => b.Institution,
        _ => null,
    };
}
