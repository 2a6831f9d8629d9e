namespace CradleToCareer.Domain.Outcomes;

/// <summary>
/// outcomes.md "Suppression": what a published cell may show. A group is the cohort's "all" cell (the total) with the
/// cells of one breakdown; each breakdown is its own group with the same total. Denominators are suppressed first,
/// then numerators, each with a complementary step so a lone suppressed value cannot be recovered by subtraction.
/// </summary>
public static class OutcomeSuppression
{
    public const int LargestSuppressed = 10;
    public const int RateDecimals = 4;

    /// <summary>True for the counts that may not be shown: 1 to 10.</summary>
    public static bool IsSmall(int count) => count is >= 1 and <= LargestSuppressed;

    /// <summary>A count on its own, like a cohort's size: null when 1 to 10, zero shown.</summary>
    public static int? Count(int count) => IsSmall(count) ? null : count;

    /// <summary>
    /// Counts suppressed like denominators: each of 1 to 10 is null; then, when exactly one cell is null while the
    /// total is shown, the smallest other shown cell too (zero included; ties go to the name first in ordinal order).
    /// </summary>
    /// <param name="total">The "all" cell's count.</param>
    /// <param name="cells">The breakdown's counts, adding up to <paramref name="total"/>.</param>
    /// <param name="names">The cells' names, for ties.</param>
    public static (int? Total, int?[] Cells) Counts(int total, IReadOnlyList<int> cells, IReadOnlyList<string> names)
    {
        var shown = new int?[cells.Count];
        for (var i = 0; i < cells.Count; i++)
        {
            shown[i] = Count(cells[i]);
        }

        var shownTotal = Count(total);
        Complement(shownTotal is not null, shown, names);
        return (shownTotal, shown);
    }

    /// <summary>
    /// The cells of one rate metric's group: denominators as <see cref="Counts"/>; numerators null when the
    /// denominator is, when 1 to 10, or when those who did not reach it number 1 to 10, then complemented the same way
    /// (the total being the "all" numerator); rates where both are shown.
    /// </summary>
    public static (OutcomeCell All, OutcomeCell[] Cells) Rates(CellTally all, IReadOnlyList<CellTally> cells, IReadOnlyList<string> names)
    {
        var denominators = new int[cells.Count];
        for (var i = 0; i < cells.Count; i++)
        {
            denominators[i] = cells[i].Denominator;
        }

        var (allDenominator, cellDenominators) = Counts(all.Denominator, denominators, names);
        var allNumerator = Numerator(all, allDenominator);
        var cellNumerators = new int?[cells.Count];
        for (var i = 0; i < cells.Count; i++)
        {
            cellNumerators[i] = Numerator(cells[i], cellDenominators[i]);
        }

        Complement(allNumerator is not null, cellNumerators, names);

        var outcomes = new OutcomeCell[cells.Count];
        for (var i = 0; i < cells.Count; i++)
        {
            outcomes[i] = Cell(cellDenominators[i], cellNumerators[i]);
        }

        return (Cell(allDenominator, allNumerator), outcomes);
    }

    /// <summary>The numerator's primary rule, given the denominator as shown.</summary>
    public static int? Numerator(CellTally tally, int? shownDenominator) =>
        shownDenominator is null || IsSmall(tally.Numerator) || IsSmall(tally.Denominator - tally.Numerator)
            ? null
            : tally.Numerator;

    /// <summary>numerator / denominator to 4 decimals, half away from zero; null unless both are shown and the denominator is not 0.</summary>
    public static decimal? Rate(int? numerator, int? denominator) =>
        numerator is { } n && denominator is { } d && d != 0
            ? Math.Round((decimal)n / d, RateDecimals, MidpointRounding.AwayFromZero)
            : null;

    private static OutcomeCell Cell(int? denominator, int? numerator) => new(denominator, numerator, Rate(numerator, denominator));

    private static void Complement(bool totalShown, int?[] shown, IReadOnlyList<string> names)
    {
        if (!totalShown || shown.Count(value => value is null) != 1)
        {
            return;
        }

        var partner = -1;
        for (var i = 0; i < shown.Length; i++)
        {
            if (shown[i] is { } value && (partner < 0 || IsBefore(value, names[i], shown[partner]!.Value, names[partner])))
            {
                partner = i;
            }
        }

        if (partner >= 0)
        {
            shown[partner] = null;
        }
    }

    private static bool IsBefore(int value, string name, int otherValue, string otherName) =>
        value != otherValue ? value < otherValue : string.CompareOrdinal(name, otherName) < 0;
}
