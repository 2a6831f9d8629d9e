namespace CradleToCareer.Domain.Outcomes;

/// <summary>
/// The figures of outcomes.md from cohort members: one <see cref="CohortOutcomes"/> per cohort key, suppressed. The
/// caller chooses the members (one institution's, or every institution's for the statewide figures, summed before
/// suppression); members are grouped by cohort key alone. One pass over the members per cohort, bar sorting the
/// median's wages.
/// </summary>
public static class OutcomeFigures
{
    /// <summary>Every cohort among <paramref name="members"/>, ordered by cohort key (ordinal).</summary>
    public static IReadOnlyList<CohortOutcomes> Of(IEnumerable<CohortMember> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        var cohorts = new Dictionary<string, List<CohortMember>>(StringComparer.Ordinal);
        foreach (var member in members)
        {
            if (!cohorts.TryGetValue(member.Cohort, out var cohort))
            {
                cohort = [];
                cohorts.Add(member.Cohort, cohort);
            }

            cohort.Add(member);
        }

        return cohorts
            .OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => CohortOf(pair.Key, pair.Value))
            .ToList();
    }

    /// <summary>
    /// One cohort: its size, every rate metric of its kind (<c>transferred-3y</c> only when a member entered a
    /// community college) and, for entrants, the median wages after a credential. An unknown kind has no metrics.
    /// </summary>
    public static CohortOutcomes CohortOf(string cohort, IReadOnlyList<CohortMember> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        CohortKinds.TryParse(cohort, out var kind);
        var definitions = OutcomeMetrics.Of(kind);
        var tallies = Tally(definitions, members);

        var metrics = new List<MetricOutcome>(definitions.Count);
        for (var metric = 0; metric < definitions.Count; metric++)
        {
            if (!definitions[metric].CommunityCollegesOnly || tallies[metric].Members > 0)
            {
                metrics.Add(tallies[metric].ToOutcome(definitions[metric].Id));
            }
        }

        var median = kind == CohortKinds.Entrants ? MedianWages.Of(members) : null;
        return new CohortOutcomes(cohort, OutcomeSuppression.Count(members.Count), metrics, median);
    }

    private static MetricTally[] Tally(IReadOnlyList<OutcomeMetric> definitions, IReadOnlyList<CohortMember> members)
    {
        var reach = new MetricReach(definitions);
        var tallies = new MetricTally[definitions.Count];
        for (var metric = 0; metric < tallies.Length; metric++)
        {
            tallies[metric] = new MetricTally();
        }

        for (var i = 0; i < members.Count; i++)
        {
            var member = members[i];
            var sex = BreakdownCells.SexIndex(member.Sex);
            var socialServices = BreakdownCells.SocialServicesIndex(member.SocialServices);
            var reached = reach.ReachedMask(member);
            for (var metric = 0; metric < tallies.Length; metric++)
            {
                if (definitions[metric].Counts(member))
                {
                    tallies[metric].Add(sex, socialServices, (reached & (1 << metric)) != 0);
                }
            }
        }

        return tallies;
    }
}
