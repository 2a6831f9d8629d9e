namespace CradleToCareer.LoadTool.Outcomes;

/// <summary>
/// What each phase that ran observed (null for a phase skipped or stopped short), and for a phase stopped short the
/// reason it gave.
/// </summary>
public sealed record OutcomesResults(
    SetupOutcome? Setup, BigOutcome? Big, FreshnessOutcome? Freshness, ExtractOutcome? Extract, IReadOnlyDictionary<OutcomesPhase, string> Failures);
