namespace CradleToCareer.Domain.Outcomes;

/// <summary>One rate metric counted over a cohort, cell by cell, in one pass; then suppressed into its outcome.</summary>
public sealed class MetricTally
{
    private readonly int[] sexDenominators = new int[OutcomeBreakdowns.SexCells.Count];
    private readonly int[] sexNumerators = new int[OutcomeBreakdowns.SexCells.Count];
    private readonly int[] socialDenominators = new int[OutcomeBreakdowns.SocialServicesCells.Count];
    private readonly int[] socialNumerators = new int[OutcomeBreakdowns.SocialServicesCells.Count];
    private int allDenominator;
    private int allNumerator;

    /// <summary>The members counted so far: the "all" denominator.</summary>
    public int Members => allDenominator;

    /// <summary>Counts a member in the denominators of its cells, and in the numerators when it reached the milestone.</summary>
    public void Add(int sexIndex, int socialServicesIndex, bool reached)
    {
        var reachedCount = reached ? 1 : 0;
        allDenominator++;
        allNumerator += reachedCount;
        sexDenominators[sexIndex]++;
        sexNumerators[sexIndex] += reachedCount;
        socialDenominators[socialServicesIndex]++;
        socialNumerators[socialServicesIndex] += reachedCount;
    }

    /// <summary>The metric's cells after suppression, each breakdown its own group under the same "all" cell.</summary>
    public MetricOutcome ToOutcome(string metricId)
    {
        var all = new CellTally(allDenominator, allNumerator);
        var (allCell, sex) = OutcomeSuppression.Rates(all, Tallies(sexDenominators, sexNumerators), OutcomeBreakdowns.SexCells);
        var (_, social) = OutcomeSuppression.Rates(all, Tallies(socialDenominators, socialNumerators), OutcomeBreakdowns.SocialServicesCells);
        return new MetricOutcome(
            metricId,
            allCell,
            BreakdownCells.Named(OutcomeBreakdowns.SexCells, sex),
            BreakdownCells.Named(OutcomeBreakdowns.SocialServicesCells, social));
    }

    private static CellTally[] Tallies(int[] denominators, int[] numerators)
    {
        var tallies = new CellTally[denominators.Length];
        for (var i = 0; i < tallies.Length; i++)
        {
            tallies[i] = new CellTally(denominators[i], numerators[i]);
        }

        return tallies;
    }
}
