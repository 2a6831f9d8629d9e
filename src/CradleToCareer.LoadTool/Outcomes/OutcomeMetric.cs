namespace CradleToCareer.LoadTool.Outcomes;

/// <summary>
/// A rate metric of outcomes.md: the members who reached a milestone on or before <c>d0</c> + <see cref="Days"/>.
/// </summary>
public sealed record OutcomeMetric(string Id, int Days, Func<StudentMilestones, DateOnly?> Milestone)
{
    /// <summary>The graduates metrics the generator's events can be checked for (not a-g, which needs the course rules).</summary>
    public static IReadOnlyList<OutcomeMetric> Graduates { get; } =
    [
        new("finaid-applied", 180, m => m.AidApplied),
        new("enrolled-1y", 365, m => m.Enrolled),
        new("30-units-2y", 730, m => m.ThirtyUnits),
        new("credential-3y", 1095, m => m.Credential),
    ];

    /// <summary>The entrants metrics; <c>transferred-3y</c> is given for community colleges only.</summary>
    public static IReadOnlyList<OutcomeMetric> Entrants { get; } =
    [
        new("30-units-1y", 365, m => m.ThirtyUnits),
        new("transferred-3y", 1095, m => m.Transferred),
        new("credential-3y", 1095, m => m.Credential),
        new("credential-6y", 2190, m => m.Credential),
        new("employed-after-credential-6y", 2190, m => m.EmployedAfterCredential),
    ];

    public bool ReachedBy(StudentMilestones member, DateOnly d0) => Milestone(member) is { } date && date <= d0.AddDays(Days);
}
