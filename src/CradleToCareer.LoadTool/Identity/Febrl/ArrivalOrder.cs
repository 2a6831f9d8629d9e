using CradleToCareer.LoadTool.Cli;

namespace CradleToCareer.LoadTool.Identity.Febrl;

/// <summary>The order in which a FEBRL file's records reach the service.</summary>
public enum ArrivalOrder
{
    OriginalsFirst,
    DuplicatesFirst,
    Shuffled,
}

/// <summary>Names of the orders on the command line, and the record sequence each gives.</summary>
public static class ArrivalOrders
{
    private static readonly NamedChoices<ArrivalOrder> Choices = new("order", new Dictionary<string, ArrivalOrder>(StringComparer.Ordinal)
    {
        ["originals-first"] = ArrivalOrder.OriginalsFirst,
        ["duplicates-first"] = ArrivalOrder.DuplicatesFirst,
        ["shuffled"] = ArrivalOrder.Shuffled,
    });

    public static ArrivalOrder Parse(string name) => Choices.Parse(name);

    public static string Name(ArrivalOrder order) => Choices.Name(order);

    /// <summary>
    /// Positions in the file, in arrival order: originals (or duplicates) first, each part in file order; or all of
    /// them shuffled by <paramref name="seed"/>, the same seed giving the same order.
    /// </summary>
    public static int[] Arrange(IReadOnlyList<FebrlRecord> records, ArrivalOrder order, int seed)
    {
        var positions = Enumerable.Range(0, records.Count);
        switch (order)
        {
            case ArrivalOrder.OriginalsFirst:
                return [.. positions.OrderBy(i => records[i].IsOriginal ? 0 : 1)];
            case ArrivalOrder.DuplicatesFirst:
                return [.. positions.OrderBy(i => records[i].IsOriginal ? 1 : 0)];
            default:
                var shuffled = positions.ToArray();
                new Random(seed).Shuffle(shuffled);
                return shuffled;
        }
    }
}
