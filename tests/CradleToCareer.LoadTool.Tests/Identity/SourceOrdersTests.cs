using CradleToCareer.LoadTool.Cli;
using CradleToCareer.LoadTool.Identity;

namespace CradleToCareer.LoadTool.Tests.Identity;

public sealed class SourceOrdersTests
{
    private static readonly Population Small = Population.Generate(50, 0.8, seed: 9, "t9");

    [Fact]
    public void A_then_b_and_b_then_a_send_each_source_whole_in_its_own_stage()
    {
        var aThenB = SourceOrders.Arrange(Small.SourceA, Small.SourceB, SourceOrder.AThenB, 9);
        var bThenA = SourceOrders.Arrange(Small.SourceA, Small.SourceB, SourceOrder.BThenA, 9);

        Assert.Equal([Small.SourceA, Small.SourceB], aThenB);
        Assert.Equal([Small.SourceB, Small.SourceA], bThenA);
    }

    [Fact]
    public void Shuffled_mixes_both_sources_in_one_stage_fixed_by_the_seed()
    {
        var shuffled = Assert.Single(SourceOrders.Arrange(Small.SourceA, Small.SourceB, SourceOrder.Shuffled, 9));

        Assert.Equal(Small.SourceA.Concat(Small.SourceB).OrderBy(Key), shuffled.OrderBy(Key));
        Assert.Equal(shuffled, Assert.Single(SourceOrders.Arrange(Small.SourceA, Small.SourceB, SourceOrder.Shuffled, 9)));
        Assert.NotEqual(Small.SourceA.Concat(Small.SourceB), shuffled);
        Assert.Contains(SourceSide.B, shuffled.Take(20).Select(r => r.Side));
    }

    [Fact]
    public void A_workload_keeps_each_event_with_its_source_and_index()
    {
        var workload = Workload.Arrivals(Small.SourceA, Small.SourceB, "t9", SourceOrder.Shuffled, 9);

        Assert.Equal(Small.SourceA.Count + Small.SourceB.Count, workload.Count);
        var sourced = workload.Stages.Single();
        Assert.All(sourced, e => Assert.Same(e.Side == SourceSide.A ? Small.SourceA[e.Index].Student : Small.SourceB[e.Index].Student, e.Event.Student));
    }

    [Fact]
    public void Orders_are_named_on_the_command_line()
    {
        Assert.Equal(SourceOrder.BThenA, SourceOrders.Parse("b-then-a"));
        Assert.Equal("a-then-b", SourceOrders.Name(SourceOrder.AThenB));
        Assert.Throws<ToolException>(() => SourceOrders.Parse("originals-first"));
    }

    private static (SourceSide, int) Key(SourceRecord record) => (record.Side, record.Index);
}
