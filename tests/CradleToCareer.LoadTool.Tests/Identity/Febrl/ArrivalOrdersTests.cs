using CradleToCareer.LoadTool.Cli;
using CradleToCareer.LoadTool.Identity.Febrl;

namespace CradleToCareer.LoadTool.Tests.Identity.Febrl;

public sealed class ArrivalOrdersTests
{
    private static readonly FebrlRecord[] File =
    [
        Record(1, false), Record(2, true), Record(1, true), Record(2, false), Record(3, true),
    ];

    private static FebrlRecord Record(int person, bool original) =>
        new($"rec-{person}-{(original ? "org" : "dup-0")}", person, original, null, null, null, null, null, null, null, null, null);

    [Fact]
    public void Originals_first_keeps_file_order_within_each_part() =>
        Assert.Equal([1, 2, 4, 0, 3], ArrivalOrders.Arrange(File, ArrivalOrder.OriginalsFirst, 7));

    [Fact]
    public void Duplicates_first_keeps_file_order_within_each_part() =>
        Assert.Equal([0, 3, 1, 2, 4], ArrivalOrders.Arrange(File, ArrivalOrder.DuplicatesFirst, 7));

    [Fact]
    public void Shuffled_is_a_permutation_fixed_by_the_seed()
    {
        var first = ArrivalOrders.Arrange(File, ArrivalOrder.Shuffled, 7);

        Assert.Equal(first, ArrivalOrders.Arrange(File, ArrivalOrder.Shuffled, 7));
        Assert.Equal([0, 1, 2, 3, 4], first.Order());
    }

    [Fact]
    public void Orders_are_named_on_the_command_line()
    {
        Assert.Equal(ArrivalOrder.DuplicatesFirst, ArrivalOrders.Parse("duplicates-first"));
        Assert.Equal("originals-first", ArrivalOrders.Name(ArrivalOrder.OriginalsFirst));
        Assert.Throws<ToolException>(() => ArrivalOrders.Parse("random"));
    }
}
