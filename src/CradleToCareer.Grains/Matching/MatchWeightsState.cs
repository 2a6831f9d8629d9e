namespace CradleToCareer.Grains.Matching;

/// <summary>The persisted state of the weights grain: observed pattern counts and the adopted EM estimate.</summary>
[GenerateSerializer]
public sealed class MatchWeightsState
{
    /// <summary>Candidate pairs observed, by comparison pattern code.</summary>
    [Id(0)]
    public Dictionary<int, long> PatternCounts { get; set; } = [];

    /// <summary>Random record pairs observed, by comparison pattern code: where u comes from.</summary>
    [Id(3)]
    public Dictionary<int, long> RandomPatternCounts { get; set; } = [];

    /// <summary>How many pairs had been observed when EM last ran.</summary>
    [Id(1)]
    public long PairsAtLastEstimate { get; set; }

    /// <summary>The adopted estimate as JSON (the domain's weights type), or null while the defaults apply.</summary>
    [Id(2)]
    public string? EstimateJson { get; set; }

    /// <summary>
    /// True from the adoption of an estimate until the open possible matches have been re-checked under it (then false).
    /// </summary>
    [Id(4)]
    public bool RecheckPending { get; set; }

    /// <summary>The weights (JSON) the open possible matches were last re-checked under; null: the defaults.</summary>
    [Id(5)]
    public string? RecheckedUnderJson { get; set; }
}
