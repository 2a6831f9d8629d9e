using CradleToCareer.LoadTool.Events;

namespace CradleToCareer.LoadTool.Outcomes;

/// <summary>
/// Reads generated journeys the way the service reads a person's records, to know which outcome figures a run
/// should produce. It follows one student by the generator's student number; the service may split or merge a few
/// of them through identity matching, so its figures come close to these, not exactly to them.
/// </summary>
public static class JourneyMilestones
{
    private const decimal UnitsMilestone = 30m;

    /// <summary>Every student's milestones, in student-number order.</summary>
    public static IReadOnlyList<StudentMilestones> Of(IEnumerable<GeneratedEvent> events)
    {
        var all = events.ToArray();
        var retracted = all.Where(e => e.Data is Retraction)
            .Select(e => (Retraction)e.Data)
            .Select(r => (r.RetractsSource, r.RetractsId))
            .ToHashSet();
        return
        [
            .. all.Where(e => e.Data is not Retraction && !retracted.Contains((e.Source, e.Id)))
                .GroupBy(e => e.StudentNumber)
                .OrderBy(g => g.Key)
                .Select(g => OfStudent(g.Key, [.. g])),
        ];
    }

    /// <summary>One student's milestones from its (effective) events.</summary>
    public static StudentMilestones OfStudent(long student, IReadOnlyList<GeneratedEvent> events)
    {
        var credential = Earliest(events.Select(e => e.Data).OfType<AwardConferred>().Select(a => a.Date));
        return new StudentMilestones(
            student,
            events.Where(e => e.Student.Sex is not null).MaxBy(e => e.Time)?.Student.Sex,
            events.Select(e => e.Data).OfType<K12Graduated>()
                .Where(g => g.DiplomaType == "standard")
                .OrderBy(g => g.Date)
                .Select(g => new Graduation(g.Institution.Id, g.SchoolYear, g.Date))
                .FirstOrDefault(),
            Earliest(events.Select(e => e.Data).OfType<AidApplicationSubmitted>().Select(a => a.SubmittedDate)),
            FirstEntry(events.Select(e => e.Data).OfType<PostsecondaryEnrollment>().ToArray()),
            ThirtyUnits(events.Select(e => e.Data).OfType<PostsecondaryCourseCompleted>()),
            Transferred(events),
            credential,
            credential is { } awarded
                ? Earliest(events.Select(e => e.Data).OfType<WageReported>()
                    .Where(w => w.Wages > 0)
                    .Select(w => new DateOnly(w.Year, ((w.Quarter - 1) * 3) + 1, 1))
                    .Where(start => start > awarded))
                : null,
            Earliest(events.Select(e => e.Data).OfType<ServiceParticipation>().Select(p => p.StartDate)));
    }

    /// <summary>The first term; several colleges in it: most units attempted, then the lowest institution id.</summary>
    private static Entry? FirstEntry(PostsecondaryEnrollment[] enrollments)
    {
        if (enrollments.Length == 0)
        {
            return null;
        }
        var first = enrollments.Select(e => CalendarTerm.Parse(e.Term)).Min();
        var chosen = enrollments.Where(e => CalendarTerm.Parse(e.Term) == first)
            .OrderByDescending(e => e.UnitsAttempted)
            .ThenBy(e => e.Institution.Id, StringComparer.Ordinal)
            .First();
        return new Entry(chosen.Institution.Id, chosen.Institution.Kind, first);
    }

    private static DateOnly? ThirtyUnits(IEnumerable<PostsecondaryCourseCompleted> courses)
    {
        var earned = 0m;
        foreach (var term in courses.GroupBy(c => CalendarTerm.Parse(c.Term)).OrderBy(g => g.Key))
        {
            earned += term.Sum(c => c.UnitsEarned);
            if (earned >= UnitsMilestone)
            {
                return term.Key.End;
            }
        }
        return null;
    }

    private static DateOnly? Transferred(IReadOnlyList<GeneratedEvent> events)
    {
        var communityCollegeTerms = events.Select(e => e.Data).OfType<PostsecondaryCourseCompleted>()
            .Where(c => c.UnitsEarned > 0 && c.Institution.Kind == Institution.CommunityCollege)
            .Select(c => CalendarTerm.Parse(c.Term))
            .ToArray();
        if (communityCollegeTerms.Length == 0)
        {
            return null;
        }
        var after = communityCollegeTerms.Min();
        return Earliest(events.Select(e => e.Data).OfType<PostsecondaryEnrollment>()
            .Where(e => e.Institution.IsFourYear)
            .Select(e => CalendarTerm.Parse(e.Term))
            .Where(term => term > after)
            .Select(term => term.Start));
    }

    private static DateOnly? Earliest(IEnumerable<DateOnly> dates) =>
        dates.Select(d => (DateOnly?)d).Min();
}
