using System.Globalization;
using CradleToCareer.Domain.Matching;
using CradleToCareer.Grains.Matching;

namespace CradleToCareer.Host.Hosting;

/// <summary>
/// Reads <c>C2C:Identity:*</c>: whether probabilistic matching runs (<c>Matching:Enabled</c>, default true),
/// the thresholds (<c>Thresholds:Upper</c>, <c>Thresholds:Lower</c>, in bits), how often EM re-estimates
/// (<c>EstimateEveryPairs</c>), and pinned weights: <c>Weights:&lt;Field&gt;</c> = six numbers
/// "mAgree mPartial mDisagree uAgree uPartial uDisagree". Any pinned field pins them all (unnamed fields keep their defaults).
/// </summary>
public static class MatchingConfiguration
{
    public static bool Enabled(IConfiguration configuration) => configuration.GetValue("C2C:Identity:Matching:Enabled", true);

    public static MatchingSettings Read(IConfiguration configuration)
    {
        var defaults = MatchingSettings.Default;
        var thresholds = new MatchThresholds(
            configuration.GetValue("C2C:Identity:Thresholds:Upper", defaults.Thresholds.Upper),
            configuration.GetValue("C2C:Identity:Thresholds:Lower", defaults.Thresholds.Lower));
        if (thresholds.Lower > thresholds.Upper)
        {
            throw new InvalidOperationException("C2C:Identity:Thresholds:Lower must not be above C2C:Identity:Thresholds:Upper.");
        }

        return new MatchingSettings(
            thresholds,
            PinnedWeights(configuration.GetSection("C2C:Identity:Weights")),
            configuration.GetValue("C2C:Identity:EstimateEveryPairs", defaults.EstimateEveryPairs));
    }

    private static MatchWeights? PinnedWeights(IConfigurationSection section)
    {
        var pinned = section.GetChildren().ToList();
        if (pinned.Count == 0)
        {
            return null;
        }

        var fields = new Dictionary<MatchField, FieldProbabilities>(MatchWeights.Default.Fields);
        foreach (var entry in pinned)
        {
            if (!Enum.TryParse<MatchField>(entry.Key, ignoreCase: true, out var field))
            {
                throw new InvalidOperationException(
                    $"C2C:Identity:Weights:{entry.Key} names no match field; use one of {string.Join(", ", Enum.GetNames<MatchField>())}.");
            }

            fields[field] = ParseProbabilities(entry.Key, entry.Value);
        }

        try
        {
            return new MatchWeights(fields);
        }
        catch (ArgumentException invalid)
        {
            throw new InvalidOperationException($"C2C:Identity:Weights: {invalid.Message}", invalid);
        }
    }

    private static FieldProbabilities ParseProbabilities(string field, string? value)
    {
        var numbers = (value ?? "").Split([' ', ','], StringSplitOptions.RemoveEmptyEntries)
            .Select(n => double.TryParse(n, NumberStyles.Float, CultureInfo.InvariantCulture, out var p) && p >= 0 && p <= 1 ? p : double.NaN)
            .ToArray();
        if (numbers.Length != 6 || numbers.Any(double.IsNaN))
        {
            throw new InvalidOperationException(
                $"C2C:Identity:Weights:{field} must be six probabilities from 0 to 1: mAgree mPartial mDisagree uAgree uPartial uDisagree (0 for both m and u of a level the field does not have, like the partial level of city, sex and SSN).");
        }

        return new FieldProbabilities(numbers[0], numbers[1], numbers[2], numbers[3], numbers[4], numbers[5]);
    }
}
