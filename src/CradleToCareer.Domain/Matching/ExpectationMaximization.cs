namespace CradleToCareer.Domain.Matching;

/// <summary>
/// Estimates the Fellegi-Sunter m and u probabilities and the match proportion from unlabelled
/// candidate pairs, as a two-class mixture in which the fields are independent given the class and
/// each field's level (Agree, Partial, Disagree) is multinomial.
/// </summary>
public static class ExpectationMaximization
{
    /// <summary>The match proportion the first E step assumes: even odds, so the start weights alone decide.</summary>
    private const double StartProportion = 0.5;

    /// <summary>
    /// Runs EM over counts of the comparison patterns of candidate pairs, from <paramref name="start"/>,
    /// until no parameter moves by <paramref name="tolerance"/> or more, or for at most
    /// <paramref name="maxIterations"/> iterations. Missing levels are left out of each field's
    /// likelihood; probabilities are clamped to [1e-4, 1 - 1e-4]. A level no pair shows gets
    /// m = u = 0 (no weight); a field no pair has keeps its start values.
    /// </summary>
    public static EmEstimate Estimate(IReadOnlyDictionary<ComparisonPattern, long> patternCounts, MatchWeights start, int maxIterations = 200, double tolerance = 1e-7)
    {
        ArgumentNullException.ThrowIfNull(start);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxIterations, 1);
        if (!(tolerance > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(tolerance), tolerance, "The tolerance must be positive.");
        }

        var table = EmPatternTable.From(patternCounts);
        var parameters = EmParameters.Start(start, StartProportion);
        var iterations = 0;
        var converged = false;
        while (iterations < maxIterations && !converged)
        {
            var next = parameters.Next(table);
            converged = next.LargestChange(parameters) < tolerance;
            parameters = next;
            iterations++;
        }

        return new EmEstimate(parameters.ToWeights(), parameters.Proportion, iterations, converged);
    }

    /// <summary>
    /// True when the estimate can replace the weights in use: the match proportion is strictly between
    /// 0 and 1 and, for every field, agreement is likelier among matches (m(Agree) &gt; u(Agree)) and
    /// disagreement likelier among non-matches (m(Disagree) &lt; u(Disagree)).
    /// </summary>
    public static bool IsPlausible(EmEstimate estimate)
    {
        ArgumentNullException.ThrowIfNull(estimate);
        if (!(estimate.MatchProportion > 0 && estimate.MatchProportion < 1))
        {
            return false;
        }

        foreach (var probabilities in estimate.Weights.Fields.Values)
        {
            if (!(probabilities.MAgree > probabilities.UAgree && probabilities.MDisagree < probabilities.UDisagree))
            {
                return false;
            }
        }

        return true;
    }
}
