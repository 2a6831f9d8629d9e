using System.Globalization;
using CradleToCareer.LoadTool.Cli;

namespace CradleToCareer.LoadTool.Identity;

/// <summary>
/// The corruption rates a population is generated with: <see cref="CorruptionRules"/>, with any rate replaced by
/// <c>--corruption key=B</c> (source B only) or <c>key=A:B</c>, several separated by commas, e.g.
/// <c>--corruption ssn-typo=0.1,names-swapped=0:0.05</c>.
/// </summary>
public sealed class CorruptionModel
{
    public static readonly CorruptionModel Default = new(CorruptionRules.All);

    private readonly Dictionary<CorruptionKinds, CorruptionRule> _byKind;

    private CorruptionModel(IReadOnlyList<CorruptionRule> rules)
    {
        Rules = rules;
        _byKind = rules.ToDictionary(r => r.Kind);
    }

    /// <summary>Every kind, in the order the reports list them.</summary>
    public IReadOnlyList<CorruptionRule> Rules { get; }

    public bool Hits(CorruptionKinds kind, Random rng, SourceSide side) => _byKind[kind].Hits(rng, side);

    public static CorruptionModel Parse(string? overrides)
    {
        if (string.IsNullOrWhiteSpace(overrides))
        {
            return Default;
        }
        var rules = CorruptionRules.All.ToDictionary(r => r.Key, StringComparer.Ordinal);
        foreach (var item in overrides.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var (key, rates) = item.Split('=', 2) is [var k, var r] ? (k.Trim(), r.Trim()) : (item, "");
            if (!rules.TryGetValue(key, out var rule))
            {
                throw new ToolException($"--corruption: unknown kind '{key}'; known: {string.Join(", ", CorruptionRules.All.Select(r => r.Key))}");
            }
            rules[key] = rates.Split(':') switch
            {
                [var b] => rule with { SourceB = Rate(item, b) },
                [var a, var b] => rule with { SourceA = Rate(item, a), SourceB = Rate(item, b) },
                _ => throw new ToolException($"--corruption: '{item}' is not key=B or key=A:B"),
            };
        }
        return new CorruptionModel([.. CorruptionRules.All.Select(r => rules[r.Key])]);
    }

    private static double Rate(string item, string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var rate) && rate is >= 0 and <= 1
            ? rate
            : throw new ToolException($"--corruption: '{item}' needs rates from 0 to 1");
}
