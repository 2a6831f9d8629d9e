using CradleToCareer.Domain.Institutions;

namespace CradleToCareer.Domain.Tests.Institutions;

public sealed class SmallCellSuppressionTests
{
    private static int?[] Shown(IEnumerable<CellCount> cells) => cells.Select(c => c.Count).ToArray();

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, null)]
    [InlineData(10, null)]
    [InlineData(11, 11)]
    public void A_single_count_from_1_to_10_is_suppressed(int count, int? shown)
    {
        var cell = SmallCellSuppression.Single(count);

        Assert.Equal(shown, cell.Count);
        Assert.Equal(shown is null, cell.Suppressed);
    }

    [Fact]
    public void A_group_without_small_cells_is_shown_whole()
    {
        var (total, cells) = SmallCellSuppression.Group(60, [20, 0, 40]);

        Assert.Equal(60, total.Count);
        Assert.Equal([20, 0, 40], Shown(cells));
    }

    [Fact]
    public void A_lone_small_cell_takes_the_smallest_other_non_zero_cell_with_it()
    {
        var (total, cells) = SmallCellSuppression.Group(75, [5, 0, 30, 40]);

        Assert.Equal(75, total.Count);
        Assert.Equal([null, 0, null, 40], Shown(cells));
        Assert.True(cells[2].Suppressed);
        Assert.False(cells[1].Suppressed);
    }

    [Fact]
    public void Two_small_cells_need_no_complement()
    {
        var (total, cells) = SmallCellSuppression.Group(58, [3, 5, 50]);

        Assert.Equal(58, total.Count);
        Assert.Equal([null, null, 50], Shown(cells));
    }

    [Fact]
    public void Ties_for_the_complement_go_to_the_first_cell()
    {
        var (_, cells) = SmallCellSuppression.Group(50, [20, 20, 10]);

        Assert.Equal([null, 20, null], Shown(cells));
    }

    [Fact]
    public void A_small_total_is_suppressed_with_its_cells()
    {
        var (total, cells) = SmallCellSuppression.Group(7, [0, 7]);

        Assert.True(total.Suppressed);
        Assert.Null(total.Count);
        Assert.Equal([0, null], Shown(cells));
    }

    [Fact]
    public void Zero_is_shown_as_zero()
    {
        var (total, cells) = SmallCellSuppression.Group(0, [0, 0]);

        Assert.Equal(CellCount.Shown(0), total);
        Assert.All(cells, c => Assert.Equal(CellCount.Shown(0), c));
    }

    [Fact]
    public void A_suppressed_cell_cannot_be_recovered_from_the_total_and_shown_cells()
    {
        int[] counts = [9, 12, 14, 30];
        var (total, cells) = SmallCellSuppression.Group(counts.Sum(), counts);

        Assert.True(cells.Count(c => c.Suppressed) >= 2 || total.Suppressed);
        Assert.Equal([null, null, 14, 30], Shown(cells));
    }
}
