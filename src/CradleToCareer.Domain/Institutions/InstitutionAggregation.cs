using CradleToCareer.Domain.Outcomes;
using CradleToCareer.Domain.Profile;
using CradleToCareer.Domain.Rules;

namespace CradleToCareer.Domain.Institutions;

/// <summary>From profiles to per-institution memberships, and from memberships to suppressed institution counts.</summary>
public static class InstitutionAggregation
{
    /// <summary>One membership per institution the person has any record at.</summary>
    public static IReadOnlyList<InstitutionMembership> MembershipsOf(StudentProfile profile)
    {
        var milestones = profile.Milestones.Select(m => m.Id).ToList();
        var current = profile.CurrentEnrollment;
        var cohorts = CohortMembership.Of(profile);
        IReadOnlyList<CohortMember> CohortsAt(string id) => cohorts.Where(c => c.InstitutionId == id).ToList();
        return profile.Institutions
            .Select(i => i.InstitutionId)
            .Order(StringComparer.Ordinal)
            .Select(id => current?.InstitutionId == id
                ? new InstitutionMembership(id, current.GradeLevel, current.Term, milestones, CohortsAt(id))
                : new InstitutionMembership(id, null, null, milestones, CohortsAt(id)))
            .ToList();
    }

    /// <summary>
    /// Counts over the memberships at <paramref name="institutionId"/> (others are ignored): enrolled now, by grade level
    /// and term, and people per milestone id (every known milestone id, 0 when none), all suppressed per rules.md.
    /// </summary>
    public static InstitutionSummary Summarize(string institutionId, IEnumerable<InstitutionMembership> memberships)
    {
        var members = memberships.Where(m => m.InstitutionId == institutionId).ToList();
        var enrolled = members.Where(m => m.IsEnrolledNow).ToList();

        var byGrade = CountBy(enrolled.Select(m => m.CurrentGradeLevel));
        var byTerm = CountBy(enrolled.Where(m => m.CurrentGradeLevel is null).Select(m => m.CurrentTerm));
        var (total, cells) = SmallCellSuppression.Group(enrolled.Count, [.. byGrade.Values, .. byTerm.Values]);

        var milestoneIds = MilestoneIds.All
            .Concat(members.SelectMany(m => m.Milestones))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        var milestones = new SortedDictionary<string, CellCount>(StringComparer.Ordinal);
        foreach (var id in milestoneIds)
        {
            milestones[id] = SmallCellSuppression.Single(members.Count(m => m.Milestones.Contains(id, StringComparer.Ordinal)));
        }

        return new InstitutionSummary(
            institutionId,
            total,
            Zip(byGrade.Keys, cells.Take(byGrade.Count)),
            Zip(byTerm.Keys, cells.Skip(byGrade.Count)),
            milestones);
    }

    private static SortedDictionary<string, int> CountBy(IEnumerable<string?> keys)
    {
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var key in keys.OfType<string>())
        {
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        return counts;
    }

    private static SortedDictionary<string, CellCount> Zip(IEnumerable<string> keys, IEnumerable<CellCount> cells) =>
        new(keys.Zip(cells).ToDictionary(pair => pair.First, pair => pair.Second, StringComparer.Ordinal), StringComparer.Ordinal);
}
