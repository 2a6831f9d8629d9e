namespace CradleToCareer.LoadTool.Identity;

/// <summary>
/// Wrong links by what the two true persons have in common: twins (family name, birth date and address),
/// namesakes (given and family name and birth year, but not twins), or neither.
/// </summary>
public sealed record FalsePositiveCauses(long Twins, long Namesakes, long Other);

/// <summary>True pairs whose B record carries one corruption kind (or none), and how many of them were not linked.</summary>
public sealed record MissedPairs(string Label, long TruePairs, long Missed);

/// <summary>How well pass 1 linked the records: pair counts, and where the wrong and the missing links come from.</summary>
public sealed record LinkageOutcome(PairCounts Counts, FalsePositiveCauses FalsePositives, IReadOnlyList<MissedPairs> MissedByCorruption)
{
    public static LinkageOutcome Measure(Population population, PassResult pass)
    {
        var truth = Truth(population);
        var predicted = Predicted(pass);
        var counts = PairwiseMetrics.Compare(truth, predicted);
        return new LinkageOutcome(counts, ExplainFalsePositives(population.Persons, truth, predicted, counts), Missed(population, pass));
    }

    /// <summary>The pair counts alone, e.g. of the baseline host's pass, which should link nothing.</summary>
    public static PairCounts Count(Population population, PassResult pass) => PairwiseMetrics.Compare(Truth(population), Predicted(pass));

    private static int[] Truth(Population population) => [.. population.AllRecords.Select(r => r.PersonIndex)];

    private static string?[] Predicted(PassResult pass) => [.. pass.PersonIdsA.Concat(pass.PersonIdsB)];

    private static FalsePositiveCauses ExplainFalsePositives(IReadOnlyList<TruePerson> persons, int[] truth, string?[] predicted, PairCounts counts)
    {
        var twins = PairwiseMetrics.FalsePairsAgreeingOn(truth, predicted, i => (persons[i].LastName, persons[i].BirthDate, persons[i].Address));
        var sameNameAndYear = PairwiseMetrics.FalsePairsAgreeingOn(
            truth, predicted, i => (persons[i].FirstName, persons[i].LastName, persons[i].BirthDate.Year));
        var twinsWithOneName = PairwiseMetrics.FalsePairsAgreeingOn(
            truth, predicted, i => (persons[i].LastName, persons[i].BirthDate, persons[i].Address, persons[i].FirstName));
        var namesakes = sameNameAndYear - twinsWithOneName;
        return new FalsePositiveCauses(twins, namesakes, counts.FalsePositivePairs - twins - namesakes);
    }

    private static List<MissedPairs> Missed(Population population, PassResult pass)
    {
        var rules = population.Corruption.Rules;
        var truePairs = new long[rules.Count + 2];
        var missed = new long[rules.Count + 2];
        var cleanB = rules.Count;
        var typoOnA = rules.Count + 1;
        var recordAOfPerson = population.SourceA.ToDictionary(r => r.PersonIndex);
        foreach (var b in population.SourceB)
        {
            if (!recordAOfPerson.TryGetValue(b.PersonIndex, out var a))
            {
                continue;
            }
            var personA = pass.PersonIdsA[a.Index];
            var wasMissed = personA is null || personA != pass.PersonIdsB[b.Index];
            for (var k = 0; k < rules.Count; k++)
            {
                if (b.Kinds.HasFlag(rules[k].Kind))
                {
                    Count(k);
                }
            }
            if (b.Kinds == CorruptionKinds.None)
            {
                Count(cleanB);
            }
            if (a.Kinds != CorruptionKinds.None)
            {
                Count(typoOnA);
            }

            void Count(int row)
            {
                truePairs[row]++;
                missed[row] += wasMissed ? 1 : 0;
            }
        }
        return
        [
            .. rules.Select((rule, k) => new MissedPairs(rule.Label, truePairs[k], missed[k])),
            new MissedPairs("none on the B record", truePairs[cleanB], missed[cleanB]),
            new MissedPairs("(typo on the A record)", truePairs[typoOnA], missed[typoOnA]),
        ];
    }
}
