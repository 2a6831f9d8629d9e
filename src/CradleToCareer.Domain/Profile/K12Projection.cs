using CradleToCareer.Domain.Events;
using CradleToCareer.Domain.Rules;

namespace CradleToCareer.Domain.Profile;

/// <summary>The K-12 section from key-ordered effective events; stable sorts keep key order on ties.</summary>
internal static class K12Projection
{
    public static K12Section Build(IReadOnlyList<SourceEvent> events, IReadOnlyList<KnownInstitution> institutions)
    {
        var courses = events
            .Select(e => e.Body)
            .OfType<K12CourseCompleted>()
            .Select(c => new K12Course(
                c.Institution.Id, c.SchoolYear, c.Term, c.GradeLevel, c.CourseCode, c.CourseTitle,
                AgRequirements.SubjectOf(c.AgCategory?.ToString()), c.Honors, c.Mark, c.CreditsAttempted, c.CreditsEarned))
            .OrderBy(c => AcademicTerm.ParseK12(c.SchoolYear, c.Term))
            .ThenBy(c => c.CourseCode, StringComparer.Ordinal)
            .ToList();

        var diplomas = events
            .Select(e => e.Body)
            .OfType<K12Graduated>()
            .Select(g => new Diploma(g.Institution.Id, g.SchoolYear, g.Date, g.DiplomaType))
            .OrderBy(d => d.Date)
            .ThenBy(d => d.InstitutionId, StringComparer.Ordinal)
            .ToList();

        var ag = AgRequirements.Evaluate(courses);
        return new K12Section(
            Gpa.Earned(courses.Select(c => c.CreditsEarned)),
            Gpa.Of(courses.Select(c => new MarkedAttempt(c.Mark, c.CreditsAttempted))),
            new AgSummary(ag.Complete, ag.Subjects, AgGpa.Unweighted(courses), AgGpa.WeightedCapped(courses)),
            Enrollments(events, institutions),
            Attendance(events),
            courses,
            diplomas);
    }

    private static List<K12Enrollment> Enrollments(IReadOnlyList<SourceEvent> events, IReadOnlyList<KnownInstitution> institutions)
    {
        var names = institutions.ToDictionary(i => i.InstitutionId, i => i.Name, StringComparer.Ordinal);
        var starts = events.Select(e => e.Body).OfType<K12EnrollmentStarted>().OrderBy(s => s.EntryDate).ToList();
        var ends = events.Select(e => e.Body).OfType<K12EnrollmentEnded>().OrderBy(e => e.ExitDate).ToList();

        var schoolYears = starts.Select(s => (s.Institution.Id, s.SchoolYear))
            .Concat(ends.Select(e => (e.Institution.Id, e.SchoolYear)))
            .Distinct();

        return schoolYears
            .Select(key =>
            {
                var yearStarts = starts.Where(s => s.Institution.Id == key.Id && s.SchoolYear == key.SchoolYear).ToList();
                var lastEnd = ends.LastOrDefault(e => e.Institution.Id == key.Id && e.SchoolYear == key.SchoolYear);
                return new K12Enrollment(
                    key.Id,
                    names.GetValueOrDefault(key.Id),
                    key.SchoolYear,
                    yearStarts.LastOrDefault()?.GradeLevel,
                    yearStarts.FirstOrDefault()?.EntryDate,
                    lastEnd?.ExitDate,
                    lastEnd?.ExitReason);
            })
            .OrderBy(e => SchoolYear.ParseStart(e.SchoolYear))
            .ThenBy(e => e.EntryDate ?? DateOnly.MaxValue)
            .ThenBy(e => e.InstitutionId, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Per school and year the summary with the latest time wins (no time = oldest), then the greater key.</summary>
    private static List<K12Attendance> Attendance(IReadOnlyList<SourceEvent> events) =>
        events
            .Where(e => e.Body is K12AttendanceSummarized)
            .Order(EventKeyOrder.Recency)
            .Select(e => (K12AttendanceSummarized)e.Body)
            .GroupBy(a => (a.Institution.Id, a.SchoolYear))
            .Select(group => group.Last())
            .Select(a => new K12Attendance(a.Institution.Id, a.SchoolYear, a.DaysEnrolled, a.DaysAbsent))
            .OrderBy(a => SchoolYear.ParseStart(a.SchoolYear))
            .ThenBy(a => a.InstitutionId, StringComparer.Ordinal)
            .ToList();
}
