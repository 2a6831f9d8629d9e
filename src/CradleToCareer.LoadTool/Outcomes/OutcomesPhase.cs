using CradleToCareer.LoadTool.Cli;

namespace CradleToCareer.LoadTool.Outcomes;

/// <summary>The phases of the outcomes command, in the order they run; <c>--skip</c> names the ones to leave out.</summary>
public enum OutcomesPhase
{
    Setup,
    Big,
    Freshness,
    Extract,
}

/// <summary>The phases' names on the command line and the parsing of <c>--skip</c>.</summary>
public static class OutcomesPhases
{
    public static readonly NamedChoices<OutcomesPhase> Names = new("skip", new Dictionary<string, OutcomesPhase>(StringComparer.Ordinal)
    {
        ["setup"] = OutcomesPhase.Setup,
        ["big"] = OutcomesPhase.Big,
        ["freshness"] = OutcomesPhase.Freshness,
        ["extract"] = OutcomesPhase.Extract,
    });

    /// <summary>
    /// The phases to run: all but those in <paramref name="skip"/>, a comma-separated list of phase names (spaces
    /// around names allowed). Skipping every phase is refused: the run would do nothing.
    /// </summary>
    public static IReadOnlySet<OutcomesPhase> ToRun(string? skip)
    {
        var skipped = (skip ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(Names.Parse)
            .ToHashSet();
        var run = Enum.GetValues<OutcomesPhase>().Where(p => !skipped.Contains(p)).ToHashSet();
        return run.Count > 0 ? run : throw new ToolException("--skip leaves no phase to run");
    }

    public static string Describe(IEnumerable<OutcomesPhase> phases) => string.Join(", ", phases.Order().Select(Names.Name));
}
