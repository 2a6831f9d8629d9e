namespace CradleToCareer.Domain.Matching;

/// <summary>
/// One state of the EM parameters: the match proportion and the m and u probability of every slot
/// of <see cref="EmPatternTable"/>. <see cref="Next"/> is one E step and one M step.
/// </summary>
internal sealed class EmParameters
{
    private const double MinProbability = 1e-4;
    private const double MaxProbability = 1 - 1e-4;

    private readonly double[] m;
    private readonly double[] u;

    private EmParameters(double proportion, double[] m, double[] u)
    {
        Proportion = proportion;
        this.m = m;
        this.u = u;
    }

    public double Proportion { get; }

    /// <summary>
    /// The u probabilities as the share of each level among random record pairs (nearly all of them
    /// non-matches), clamped like every estimate; a field no pair has keeps the given values.
    /// </summary>
    public static MatchWeights WithObservedU(MatchWeights weights, EmPatternTable randomPairs)
    {
        var fields = new Dictionary<MatchField, FieldProbabilities>(MatchFields.Count);
        for (var field = 0; field < MatchFields.Count; field++)
        {
            var current = weights.Fields[(MatchField)field];
            var disagree = randomPairs.LevelCounts[EmPatternTable.Slot(field, Agreement.Disagree)];
            var partial = randomPairs.LevelCounts[EmPatternTable.Slot(field, Agreement.Partial)];
            var agree = randomPairs.LevelCounts[EmPatternTable.Slot(field, Agreement.Agree)];
            var present = disagree + partial + agree;
            fields[(MatchField)field] = present == 0
                ? current
                : current with
                {
                    UAgree = Share(agree, present),
                    UPartial = current.MPartial == 0 ? 0 : Share(partial, present),
                    UDisagree = Share(disagree, present),
                };
        }

        return new MatchWeights(fields);
    }

    public static EmParameters Start(MatchWeights weights, double proportion)
    {
        var m = new double[EmPatternTable.Slots];
        var u = new double[EmPatternTable.Slots];
        for (var field = 0; field < MatchFields.Count; field++)
        {
            var probabilities = weights.Fields[(MatchField)field];
            for (var level = Agreement.Disagree; level <= Agreement.Agree; level++)
            {
                m[EmPatternTable.Slot(field, level)] = probabilities.M(level);
                u[EmPatternTable.Slot(field, level)] = probabilities.U(level);
            }
        }

        return new EmParameters(proportion, m, u);
    }

    /// <summary>
    /// E step: each pattern's posterior match probability g under the current parameters, Missing
    /// fields left out. M step: the proportion is the mean g; a field's m (u) is the g-weighted
    /// (1 - g-weighted) share of each level among the pairs where the field is present, clamped to
    /// [1e-4, 1 - 1e-4]. A level no pair shows gets m = u = 0; a field no pair has keeps its values.
    /// With <paramref name="holdU"/> the u probabilities stay as they are (estimated elsewhere).
    /// </summary>
    public EmParameters Next(EmPatternTable table, bool holdU)
    {
        var logM = Logs(m);
        var logU = Logs(u);
        var matchSums = new double[EmPatternTable.Slots];
        var nonMatchSums = new double[EmPatternTable.Slots];
        var matchTotal = 0.0;
        for (var row = 0; row < table.Codes.Length; row++)
        {
            var code = table.Codes[row];
            var logMatch = Math.Log(Proportion);
            var logNonMatch = Math.Log(1 - Proportion);
            for (var field = 0; field < MatchFields.Count; field++)
            {
                var level = EmPatternTable.LevelOf(code, field);
                if (level != Agreement.Missing)
                {
                    var slot = EmPatternTable.Slot(field, level);
                    logMatch += logM[slot];
                    logNonMatch += logU[slot];
                }
            }

            var count = table.Counts[row];
            var matchShare = count / (1 + Math.Exp(logNonMatch - logMatch));
            matchTotal += matchShare;
            for (var field = 0; field < MatchFields.Count; field++)
            {
                var level = EmPatternTable.LevelOf(code, field);
                if (level != Agreement.Missing)
                {
                    var slot = EmPatternTable.Slot(field, level);
                    matchSums[slot] += matchShare;
                    nonMatchSums[slot] += count - matchShare;
                }
            }
        }

        var nextM = Maximize(matchSums, m, table.LevelCounts);
        return new EmParameters(
            matchTotal / table.Total,
            holdU ? KeepPossible(nextM) : nextM,
            holdU ? u : Maximize(nonMatchSums, u, table.LevelCounts));
    }

    /// <summary>With u held, a level the candidates never show still has a u; its m is the smallest probability, not 0.</summary>
    private double[] KeepPossible(double[] nextM)
    {
        for (var slot = 0; slot < nextM.Length; slot++)
        {
            if (nextM[slot] == 0 && u[slot] > 0)
            {
                nextM[slot] = MinProbability;
            }
        }

        return nextM;
    }

    /// <summary>The largest absolute difference of any parameter from <paramref name="other"/>.</summary>
    public double LargestChange(EmParameters other)
    {
        var largest = Math.Abs(Proportion - other.Proportion);
        for (var slot = 0; slot < EmPatternTable.Slots; slot++)
        {
            largest = Math.Max(largest, Math.Max(Math.Abs(m[slot] - other.m[slot]), Math.Abs(u[slot] - other.u[slot])));
        }

        return largest;
    }

    public MatchWeights ToWeights()
    {
        var fields = new Dictionary<MatchField, FieldProbabilities>(MatchFields.Count);
        for (var field = 0; field < MatchFields.Count; field++)
        {
            var agree = EmPatternTable.Slot(field, Agreement.Agree);
            var partial = EmPatternTable.Slot(field, Agreement.Partial);
            var disagree = EmPatternTable.Slot(field, Agreement.Disagree);
            fields[(MatchField)field] = new FieldProbabilities(m[agree], m[partial], m[disagree], u[agree], u[partial], u[disagree]);
        }

        return new MatchWeights(fields);
    }

    private static double Share(double count, double total) => Math.Clamp(count / total, MinProbability, MaxProbability);

    /// <summary>A level with m = u = 0 is never seen, so its log is never used; it is left at 0.</summary>
    private static double[] Logs(double[] probabilities)
    {
        var logs = new double[probabilities.Length];
        for (var slot = 0; slot < logs.Length; slot++)
        {
            logs[slot] = probabilities[slot] > 0 ? Math.Log(probabilities[slot]) : 0;
        }

        return logs;
    }

    private static double[] Maximize(double[] sums, double[] current, double[] levelCounts)
    {
        var next = new double[EmPatternTable.Slots];
        for (var field = 0; field < MatchFields.Count; field++)
        {
            var first = EmPatternTable.Slot(field, Agreement.Disagree);
            var end = first + EmPatternTable.LevelsPerField;
            var total = 0.0;
            var observed = 0.0;
            for (var slot = first; slot < end; slot++)
            {
                total += sums[slot];
                observed += levelCounts[slot];
            }

            for (var slot = first; slot < end; slot++)
            {
                next[slot] = observed == 0 ? current[slot]
                    : levelCounts[slot] == 0 ? 0
                    : total > 0 ? Math.Clamp(sums[slot] / total, MinProbability, MaxProbability)
                    : Math.Max(current[slot], MinProbability);
            }
        }

        return next;
    }
}
