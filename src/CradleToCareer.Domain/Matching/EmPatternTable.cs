namespace CradleToCareer.Domain.Matching;

/// <summary>
/// Counted comparison patterns laid out for the EM loop, and how often each field shows each level.
/// Slots number (field, level) pairs for Disagree, Partial and Agree: <c>3 × field + level - 1</c>.
/// </summary>
internal sealed class EmPatternTable
{
    public const int LevelsPerField = 3;
    public const int Slots = MatchFields.Count * LevelsPerField;
    private const int PatternBits = MatchFields.Count * 2;

    private EmPatternTable(int[] codes, double[] counts, double total, double[] levelCounts)
    {
        Codes = codes;
        Counts = counts;
        Total = total;
        LevelCounts = levelCounts;
    }

    public int[] Codes { get; }

    public double[] Counts { get; }

    public double Total { get; }

    /// <summary>By slot: how many pairs show that level of that field.</summary>
    public double[] LevelCounts { get; }

    public static int Slot(int field, Agreement level) => (field * LevelsPerField) + (int)level - 1;

    public static Agreement LevelOf(int code, int field) => (Agreement)((code >> (2 * field)) & 0b11);

    public static EmPatternTable From(IReadOnlyDictionary<ComparisonPattern, long> patternCounts)
    {
        ArgumentNullException.ThrowIfNull(patternCounts);
        var codes = new int[patternCounts.Count];
        var counts = new double[patternCounts.Count];
        var levelCounts = new double[Slots];
        var total = 0.0;
        var row = 0;
        foreach (var (pattern, count) in patternCounts)
        {
            if (count < 0 || (uint)pattern.Code >> PatternBits != 0)
            {
                throw new ArgumentException("Pattern counts must be non-negative, of patterns of the match fields.", nameof(patternCounts));
            }

            codes[row] = pattern.Code;
            counts[row] = count;
            total += count;
            for (var field = 0; field < MatchFields.Count; field++)
            {
                var level = LevelOf(pattern.Code, field);
                if (level != Agreement.Missing)
                {
                    levelCounts[Slot(field, level)] += count;
                }
            }

            row++;
        }

        if (total <= 0)
        {
            throw new ArgumentException("EM needs at least one counted pair.", nameof(patternCounts));
        }

        return new EmPatternTable(codes, counts, total, levelCounts);
    }
}
