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
    public static EmEstimate Estimate(IReadOnlyDictionary<ComparisonPattern, long> patternCounts, MatchWeights start, int maxIterations = 200, double tolerance = 1e-7) =>
        Run(patternCounts, start, holdU: false, maxIterations, tolerance);

    /// <summary>
    /// The estimate blocking needs: candidate pairs share a blocking key, so they over-represent
    /// agreement and a free two-class mixture tends to settle on "lives nearby" rather than "same
    /// person". Here u comes from random record pairs (almost all non-matches) and EM estimates only
    /// m and the match proportion over the candidate pairs, with u held.
    /// </summary>
    public static EmEstimate EstimateWithRandomPairs(
        IReadOnlyDictionary<ComparisonPattern, long> candidatePairs, IReadOnlyDictionary<ComparisonPattern, long> randomPairs, MatchWeights start,
        int maxIterations = 200, double tolerance = 1e-7) =>
        Run(candidatePairs, EmParameters.WithObservedU(start, EmPatternTable.From(randomPairs)), holdU: true, maxIterations, tolerance);

    private static EmEstimate Run(IReadOnlyDictionary<ComparisonPattern, long> patternCounts, MatchWeights start, bool holdU, int maxIterations, double tolerance)
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
            var next = parameters.Next(table, holdU);
            converged = next.LargestChange(parameters) < tolerance;
            parameters = next;
            iterations++;
        }

        return new EmEstimate(parameters.ToWeights(), parameters.Proportion, iterations, converged);
    }

    /// <summary>
    /// How far (in bits) an estimated m may move from the prior's before the field keeps the prior's m:
    /// EM may refine what a steward set, not overturn it. Candidate pairs violate the independence EM
    /// assumes (households, neighbourhoods), and a free estimate can settle on such a cluster instead of
    /// on "same person".
    /// </summary>
    public const double MaxShiftBits = 1.5;

    /// <summary>
    /// The weights to use after an estimate: u as estimated (random pairs: no such bias), and each field's
    /// m as estimated where it is plausible (m(Agree) &gt; u(Agree), m(Disagree) &lt; u(Disagree)) and within
    /// <see cref="MaxShiftBits"/> of <paramref name="prior"/>'s m at every level, else the prior's m.
    /// Null when the match proportion is degenerate (0 or 1): then nothing of the estimate is usable.
    /// </summary>
    public static MatchWeights? Adopt(EmEstimate estimate, MatchWeights prior)
    {
        ArgumentNullException.ThrowIfNull(estimate);
        ArgumentNullException.ThrowIfNull(prior);
        if (!(estimate.MatchProportion > 0 && estimate.MatchProportion < 1))
        {
            return null;
        }

        return new MatchWeights(estimate.Weights.Fields.ToDictionary(
            field => field.Key,
            field => IsPlausible(field.Value) && IsNear(field.Value, prior.Fields[field.Key])
                ? field.Value
                : field.Value with { MAgree = prior.Fields[field.Key].MAgree, MPartial = prior.Fields[field.Key].MPartial, MDisagree = prior.Fields[field.Key].MDisagree }));
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

        return estimate.Weights.Fields.Values.All(IsPlausible);
    }

    private static bool IsNear(FieldProbabilities estimated, FieldProbabilities prior) =>
        Near(estimated.MAgree, prior.MAgree) && Near(estimated.MPartial, prior.MPartial) && Near(estimated.MDisagree, prior.MDisagree);

    private static bool Near(double estimated, double prior) =>
        estimated == prior || (estimated > 0 && prior > 0 && Math.Abs(Math.Log2(estimated / prior)) <= MaxShiftBits);

    private static bool IsPlausible(FieldProbabilities probabilities) =>
        probabilities.MAgree > probabilities.UAgree && probabilities.MDisagree < probabilities.UDisagree;
}
