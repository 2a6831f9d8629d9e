using CradleToCareer.LoadTool.Events;

namespace CradleToCareer.LoadTool.Outcomes;

/// <summary>A member of a generated cohort and the cohort's start date <c>d0</c> for it.</summary>
public sealed record CohortMemberStart(StudentMilestones Member, DateOnly Start);

/// <summary>
/// A cohort as the generator's own events make it (<see cref="JourneyMilestones"/>): its key, its institution (null
/// statewide), its members and the metrics of its kind. Unsuppressed: these are the figures the run sent.
/// </summary>
public sealed record GeneratedCohort(string Key, string? InstitutionId, IReadOnlyList<CohortMemberStart> Members, IReadOnlyList<OutcomeMetric> Metrics)
{
    public int Size => Members.Count;

    public int Reached(OutcomeMetric metric) => Members.Count(m => metric.ReachedBy(m.Member, m.Start));

    public double? Rate(OutcomeMetric metric) => Size == 0 ? null : (double)Reached(metric) / Size;

    /// <summary>Members with a social-services participation before their <c>d0</c>.</summary>
    public int WithSocialServices => Members.Count(m => m.Member.SocialServicesBefore(m.Start));

    /// <summary>Statewide <c>graduates:&lt;schoolYear&gt;</c> cohorts, one per school year.</summary>
    public static IEnumerable<GeneratedCohort> StatewideGraduates(IEnumerable<StudentMilestones> students) =>
        students.Where(s => s.Graduated is not null)
            .GroupBy(s => s.Graduated!.SchoolYear, StringComparer.Ordinal)
            .Select(g => new GeneratedCohort(
                $"graduates:{g.Key}", null, [.. g.Select(s => new CohortMemberStart(s, s.Graduated!.Date))], OutcomeMetric.Graduates));

    /// <summary>Each college's <c>entrants:&lt;term&gt;</c> cohorts.</summary>
    public static IEnumerable<GeneratedCohort> Entrants(IEnumerable<StudentMilestones> students) =>
        students.Where(s => s.Entered is not null)
            .GroupBy(s => (s.Entered!.CollegeId, s.Entered.Term))
            .Select(g => new GeneratedCohort(
                $"entrants:{g.Key.Term.Label}", g.Key.CollegeId, [.. g.Select(s => new CohortMemberStart(s, g.Key.Term.Start))], OutcomeMetric.Entrants));

    /// <summary>
    /// The statewide graduates cohort with the most members among those whose longest window (3 years) had closed by
    /// <paramref name="asOf"/>, the latest on a tie; null when there is none.
    /// </summary>
    public static GeneratedCohort? HeadlineGraduates(IEnumerable<StudentMilestones> students, DateOnly asOf) =>
        StatewideGraduates(students)
            .Where(c => c.Members.All(m => m.Start.AddDays(1095) <= asOf))
            .OrderByDescending(c => c.Size)
            .ThenByDescending(c => c.Key, StringComparer.Ordinal)
            .FirstOrDefault();

    /// <summary>
    /// The community-college entrants cohort with the most members among those whose 3-year window had closed by
    /// <paramref name="asOf"/>, the latest on a tie; null when there is none.
    /// </summary>
    public static GeneratedCohort? HeadlineEntrants(IEnumerable<StudentMilestones> students, DateOnly asOf) =>
        Entrants(students.Where(s => s.Entered?.Kind == Institution.CommunityCollege))
            .Where(c => c.Members[0].Start.AddDays(1095) <= asOf)
            .OrderByDescending(c => c.Size)
            .ThenByDescending(c => c.Key, StringComparer.Ordinal)
            .ThenBy(c => c.InstitutionId, StringComparer.Ordinal)
            .FirstOrDefault();
}
