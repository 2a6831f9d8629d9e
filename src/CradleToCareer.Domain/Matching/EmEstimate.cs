namespace CradleToCareer.Domain.Matching;

/// <summary>The result of <see cref="ExpectationMaximization.Estimate"/>.</summary>
/// <param name="Weights">The estimated m and u probabilities.</param>
/// <param name="MatchProportion">The estimated share of candidate pairs that are the same person.</param>
/// <param name="Iterations">How many EM iterations ran.</param>
/// <param name="Converged">Whether the parameters stopped moving (by less than the tolerance) before the iteration limit.</param>
public sealed record EmEstimate(MatchWeights Weights, double MatchProportion, int Iterations, bool Converged);
