using CradleToCareer.LoadTool.Cli;

namespace CradleToCareer.LoadTool.Identity;

/// <summary>The order in which the generator's two sources reach the service.</summary>
public enum SourceOrder
{
    AThenB,
    BThenA,
    Shuffled,
}

/// <summary>Names of the orders on the command line, and the stages each sends.</summary>
public static class SourceOrders
{
    private static readonly NamedChoices<SourceOrder> Choices = new("order", new Dictionary<string, SourceOrder>(StringComparer.Ordinal)
    {
        ["a-then-b"] = SourceOrder.AThenB,
        ["b-then-a"] = SourceOrder.BThenA,
        ["shuffled"] = SourceOrder.Shuffled,
    });

    public static SourceOrder Parse(string name) => Choices.Parse(name);

    public static string Name(SourceOrder order) => Choices.Name(order);

    /// <summary>
    /// The records in stages, each sent whole and answered before the next begins: all of one source, then all of the
    /// other; or both sources in one stage, shuffled by <paramref name="seed"/> (the same seed, the same order).
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<SourceRecord>> Arrange(
        IEnumerable<SourceRecord> sourceA, IEnumerable<SourceRecord> sourceB, SourceOrder order, int seed)
    {
        switch (order)
        {
            case SourceOrder.AThenB:
                return [[.. sourceA], [.. sourceB]];
            case SourceOrder.BThenA:
                return [[.. sourceB], [.. sourceA]];
            default:
                var both = sourceA.Concat(sourceB).ToArray();
                new Random(seed).Shuffle(both);
                return [both];
        }
    }
}
