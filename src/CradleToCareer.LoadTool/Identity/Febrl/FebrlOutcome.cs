using CradleToCareer.LoadTool.Events;

namespace CradleToCareer.LoadTool.Identity.Febrl;

/// <summary>
/// True pairs whose records differ in one way (a pair may differ in several), how many of them were not linked, and
/// how many of those differ in that way only.
/// </summary>
public sealed record MissedByDifference(string Label, long TruePairs, long Missed, long MissedOnlyThis);

/// <summary>How well the service linked a FEBRL file: pair counts, persons assigned, and the misses by field difference.</summary>
public sealed record FebrlOutcome(PairCounts Counts, int TruePersons, int PersonsAssigned, IReadOnlyList<MissedByDifference> Misses)
{
    /// <summary>
    /// <paramref name="records"/>, <paramref name="students"/> (as sent) and <paramref name="personIds"/> (as answered,
    /// null when none) are in one order, the order of arrival.
    /// </summary>
    public static FebrlOutcome Measure(IReadOnlyList<FebrlRecord> records, IReadOnlyList<StudentBlock> students, IReadOnlyList<string?> personIds)
    {
        var truth = records.Select(r => r.PersonNumber).ToArray();
        var kinds = FieldDifferences.Labels;
        var truePairs = new long[kinds.Length + 1];
        var missed = new long[kinds.Length + 1];
        var missedOnly = new long[kinds.Length + 1];
        var noDifference = kinds.Length;
        foreach (var person in Enumerable.Range(0, truth.Length).GroupBy(i => truth[i]))
        {
            var members = person.ToArray();
            for (var x = 0; x < members.Length; x++)
            {
                for (var y = x + 1; y < members.Length; y++)
                {
                    var (i, j) = (members[x], members[y]);
                    var difference = FieldDifferences.Between(students[i], students[j]);
                    var wasMissed = personIds[i] is null || personIds[i] != personIds[j];
                    var single = System.Numerics.BitOperations.PopCount((uint)difference) == 1;
                    for (var k = 0; k < kinds.Length; k++)
                    {
                        if (difference.HasFlag(kinds[k].Kind))
                        {
                            Count(k, single);
                        }
                    }
                    if (difference == FieldDifference.None)
                    {
                        Count(noDifference, true);
                    }

                    void Count(int row, bool only)
                    {
                        truePairs[row]++;
                        missed[row] += wasMissed ? 1 : 0;
                        missedOnly[row] += wasMissed && only ? 1 : 0;
                    }
                }
            }
        }
        return new FebrlOutcome(
            PairwiseMetrics.Compare(truth, personIds),
            truth.Distinct().Count(),
            personIds.OfType<string>().Distinct(StringComparer.Ordinal).Count(),
            [
                .. kinds.Select((kind, k) => new MissedByDifference(kind.Label, truePairs[k], missed[k], missedOnly[k])),
                new MissedByDifference("no field differs", truePairs[noDifference], missed[noDifference], missedOnly[noDifference]),
            ]);
    }
}
