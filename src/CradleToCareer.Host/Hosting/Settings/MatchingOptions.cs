using System.Globalization;
using CradleToCareer.Domain.Matching;
using CradleToCareer.Grains.Matching;

namespace CradleToCareer.Host.Hosting.Settings;

/// <summary>
/// <c>C2C:Identity:*</c> for probabilistic matching: whether it runs (<c>Matching:Enabled</c>, default true), the
/// thresholds (<c>Thresholds:Upper</c>, <c>Thresholds:Lower</c> and <c>Thresholds:IncompleteUpper</c>, in bits), how often EM re-estimates
/// (<c>EstimateEveryPairs</c>), and pinned weights: <c>Weights:&lt;Field&gt;</c> = six numbers
/// "mAgree mPartial mDisagree uAgree uPartial uDisagree". Any pinned field pins them all (unnamed fields keep their defaults).
/// </summary>
public sealed class MatchingOptions
{
    public const string Section = "C2C:Identity";

    public MatchingSwitch Matching { get; set; } = new();

    public ThresholdBits Thresholds { get; set; } = new();

    public Dictionary<string, string> Weights { get; set; } = [];

    public int EstimateEveryPairs { get; set; } = MatchingSettings.Default.EstimateEveryPairs;

    /// <summary>Everything that keeps these options from working; empty when they work.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        Interpret(problems);
        return problems;
    }

    /// <summary>The matching settings these options describe; they were validated at start.</summary>
    public MatchingSettings ToSettings()
    {
        var problems = new List<string>();
        var settings = Interpret(problems);
        return problems.Count == 0 ? settings : throw new InvalidOperationException(string.Join(" ", problems));
    }

    private MatchingSettings Interpret(List<string> problems)
    {
        var thresholds = new MatchThresholds(Thresholds.Upper, Thresholds.Lower, Thresholds.IncompleteUpper);
        if (thresholds.Lower > thresholds.Upper)
        {
            problems.Add($"{Section}:Thresholds:Lower must not be above {Section}:Thresholds:Upper.");
        }

        if (thresholds.IncompleteUpper < thresholds.Upper)
        {
            problems.Add($"{Section}:Thresholds:IncompleteUpper must not be below {Section}:Thresholds:Upper.");
        }

        if (EstimateEveryPairs < 1)
        {
            problems.Add($"{Section}:EstimateEveryPairs must be a number of candidate pairs of at least 1.");
        }

        return new MatchingSettings(thresholds, PinnedWeights(problems), EstimateEveryPairs);
    }

    private MatchWeights? PinnedWeights(List<string> problems)
    {
        if (Weights.Count == 0)
        {
            return null;
        }

        var fields = new Dictionary<MatchField, FieldProbabilities>(MatchWeights.Default.Fields);
        var before = problems.Count;
        foreach (var (name, value) in Weights)
        {
            if (!Enum.TryParse<MatchField>(name, ignoreCase: true, out var field))
            {
                problems.Add($"{Section}:Weights:{name} names no match field; use one of {string.Join(", ", Enum.GetNames<MatchField>())}.");
            }
            else if (ParseProbabilities(value) is { } probabilities)
            {
                fields[field] = probabilities;
            }
            else
            {
                problems.Add(
                    $"{Section}:Weights:{name} must be six probabilities from 0 to 1: mAgree mPartial mDisagree uAgree uPartial uDisagree " +
                    "(0 for both m and u of a level the field does not have, like the partial level of city and sex).");
            }
        }

        if (problems.Count > before)
        {
            return null;
        }

        try
        {
            return new MatchWeights(fields);
        }
        catch (ArgumentException invalid)
        {
            problems.Add($"{Section}:Weights: {invalid.Message}");
            return null;
        }
    }

    private static FieldProbabilities? ParseProbabilities(string? value)
    {
        var numbers = (value ?? "").Split([' ', ','], StringSplitOptions.RemoveEmptyEntries)
            .Select(n => double.TryParse(n, NumberStyles.Float, CultureInfo.InvariantCulture, out var p) && p >= 0 && p <= 1 ? p : double.NaN)
            .ToArray();
        return numbers.Length == 6 && !numbers.Any(double.IsNaN)
            ? new FieldProbabilities(numbers[0], numbers[1], numbers[2], numbers[3], numbers[4], numbers[5])
            : null;
    }

    /// <summary><c>C2C:Identity:Matching:Enabled</c>.</summary>
    public sealed class MatchingSwitch
    {
        public bool Enabled { get; set; } = true;
    }

    /// <summary><c>C2C:Identity:Thresholds</c>, in bits.</summary>
    public sealed class ThresholdBits
    {
        public double Upper { get; set; } = MatchThresholds.Default.Upper;

        public double Lower { get; set; } = MatchThresholds.Default.Lower;

        public double IncompleteUpper { get; set; } = MatchThresholds.Default.IncompleteUpper;
    }
}
