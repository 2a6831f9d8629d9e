using System.Runtime.InteropServices;

namespace CradleToCareer.LoadTool.Identity;

/// <summary>Pair counts of a linkage run and the measures derived from them.</summary>
public sealed record PairCounts(long TruePairs, long PredictedPairs, long TruePositivePairs)
{
    public long FalsePositivePairs => PredictedPairs - TruePositivePairs;
    public long FalseNegativePairs => TruePairs - TruePositivePairs;

    /// <summary>Share of predicted pairs that are true; 1 when nothing was linked (no wrong link was made).</summary>
    public double Precision => PredictedPairs == 0 ? 1 : (double)TruePositivePairs / PredictedPairs;

    /// <summary>Share of true pairs that were linked; 1 when there is nothing to find.</summary>
    public double Recall => TruePairs == 0 ? 1 : (double)TruePositivePairs / TruePairs;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>
/// Pairwise linkage quality. Record i belongs to true person <c>truth[i]</c> and landed on person id
/// <c>predicted[i]</c>; a pair of records is predicted when both landed on the same id and true when both belong to
/// the same person. Pairs are counted per group (n records in a group make n(n-1)/2 pairs), never enumerated.
/// A record that landed nowhere (null) is a group of its own.
/// </summary>
public static class PairwiseMetrics
{
    public static long Pairs(long groupSize) => groupSize * (groupSize - 1) / 2;

    /// <summary>How many pairs of the sequence's items have equal keys.</summary>
    public static long PairsSharingKey<TKey>(IEnumerable<TKey> keys)
        where TKey : notnull
    {
        var groupSizes = new Dictionary<TKey, long>();
        foreach (var key in keys)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(groupSizes, key, out _)++;
        }
        return groupSizes.Values.Sum(Pairs);
    }

    public static PairCounts Compare(IReadOnlyList<int> truth, IReadOnlyList<string?> predicted)
    {
        var clusters = Clusters(predicted);
        return new PairCounts(
            PairsSharingKey(truth),
            PairsSharingKey(clusters),
            PairsSharingKey(clusters.Zip(truth)));
    }

    /// <summary>
    /// Wrong pairs (same predicted id, different true persons) whose true persons agree on a key, e.g. twins on
    /// family name, birth date and address. Pairs of one true person always agree, so they are subtracted.
    /// </summary>
    public static long FalsePairsAgreeingOn<TKey>(IReadOnlyList<int> truth, IReadOnlyList<string?> predicted, Func<int, TKey> keyOfTruePerson)
        where TKey : notnull =>
        PairsSharingKey(Clusters(predicted).Zip(truth.Select(keyOfTruePerson)))
        - PairsSharingKey(Clusters(predicted).Zip(truth));

    /// <summary>The predicted id, or for a record that landed nowhere a key no other record has.</summary>
    private static IEnumerable<(string? PersonId, int LoneRecord)> Clusters(IReadOnlyList<string?> predicted) =>
        predicted.Select((id, i) => (id, id is null ? i : -1));
}
