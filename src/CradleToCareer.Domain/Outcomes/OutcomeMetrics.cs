using CradleToCareer.Domain.Rules;

namespace CradleToCareer.Domain.Outcomes;

/// <summary>The metrics of outcomes.md, in the order it lists them (and the figures give them).</summary>
public static class OutcomeMetrics
{
    /// <summary>The entrants' median wages in the four quarters after a credential, given after the rate metrics.</summary>
    public const string MedianWagesAfterCredential = "median-wages-after-credential";

    public const string TransferredIn3Years = "transferred-3y";

    public static IReadOnlyList<OutcomeMetric> All { get; } =
    [
        new("ag-complete", CohortKinds.Graduates, MilestoneIds.AgComplete, 0),
        new("finaid-applied", CohortKinds.Graduates, MilestoneIds.AidApplicationSubmitted, 180),
        new("enrolled-1y", CohortKinds.Graduates, MilestoneIds.PostsecondaryEnrolled, 365),
        new("30-units-2y", CohortKinds.Graduates, MilestoneIds.ThirtyUnits, 730),
        new("credential-3y", CohortKinds.Graduates, MilestoneIds.CredentialEarned, 1095),
        new("30-units-1y", CohortKinds.Entrants, MilestoneIds.ThirtyUnits, 365),
        new(TransferredIn3Years, CohortKinds.Entrants, MilestoneIds.Transferred, 1095, CommunityCollegesOnly: true),
        new("credential-3y", CohortKinds.Entrants, MilestoneIds.CredentialEarned, 1095),
        new("credential-6y", CohortKinds.Entrants, MilestoneIds.CredentialEarned, 2190),
        new("employed-after-credential-6y", CohortKinds.Entrants, MilestoneIds.EmployedAfterCredential, 2190),
    ];

    private static readonly IReadOnlyList<OutcomeMetric> Graduates = All.Where(m => m.CohortKind == CohortKinds.Graduates).ToList();
    private static readonly IReadOnlyList<OutcomeMetric> Entrants = All.Where(m => m.CohortKind == CohortKinds.Entrants).ToList();

    /// <summary>The rate metrics of a cohort kind, in order; none for an unknown kind.</summary>
    public static IReadOnlyList<OutcomeMetric> Of(string cohortKind) => cohortKind switch
    {
        CohortKinds.Graduates => Graduates,
        CohortKinds.Entrants => Entrants,
        _ => [],
    };
}
