namespace CradleToCareer.Grains.Matching;

/// <summary>The persisted state of the name-frequency grain: the counters of its two sketches and their totals.</summary>
[GenerateSerializer]
public sealed class NameFrequencyState
{
    /// <summary>The first-name sketch's counters; empty until the first first names are counted.</summary>
    [Id(0)]
    public int[] FirstNameCounters { get; set; } = [];

    [Id(1)]
    public long FirstNamesCounted { get; set; }

    /// <summary>The last-name sketch's counters; empty until the first last names are counted.</summary>
    [Id(2)]
    public int[] LastNameCounters { get; set; } = [];

    [Id(3)]
    public long LastNamesCounted { get; set; }
}
