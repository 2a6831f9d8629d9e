namespace CradleToCareer.Domain.Outcomes;

/// <summary>
/// Value equality for cohort members: records compare lists by reference, so the milestones are compared item by item
/// here. A grain uses it to tell whether a person's contribution really changed before passing it on.
/// </summary>
public static class CohortMemberEquality
{
    public static bool Same(CohortMember? a, CohortMember? b) =>
        a is null || b is null
            ? a is null && b is null
            : a with { Milestones = [] } == b with { Milestones = [] } && a.Milestones.SequenceEqual(b.Milestones);

    public static bool SameLists(IReadOnlyList<CohortMember> a, IReadOnlyList<CohortMember> b) =>
        a.Count == b.Count && a.Zip(b).All(pair => Same(pair.First, pair.Second));
}
