namespace CradleToCareer.LoadTool.Identity;

/// <summary>
/// Draws names by rank with weight 1 / (rank + <c>flattening</c>): a few very common names, a long tail of rare
/// ones, as real name frequencies go. The flattening keeps the top name from dominating (4 over 500 names: about 4%).
/// </summary>
public sealed class ZipfPicker
{
    private readonly string[] _names;
    private readonly double[] _cumulativeWeights;

    public ZipfPicker(string[] namesByRank, double flattening = 4)
    {
        _names = namesByRank;
        _cumulativeWeights = new double[namesByRank.Length];
        var total = 0.0;
        for (var rank = 1; rank <= namesByRank.Length; rank++)
        {
            total += 1 / (rank + flattening);
            _cumulativeWeights[rank - 1] = total;
        }
    }

    public string Pick(Random rng)
    {
        var point = rng.NextDouble() * _cumulativeWeights[^1];
        var index = Array.BinarySearch(_cumulativeWeights, point);
        return _names[Math.Min(index < 0 ? ~index : index, _names.Length - 1)];
    }
}
