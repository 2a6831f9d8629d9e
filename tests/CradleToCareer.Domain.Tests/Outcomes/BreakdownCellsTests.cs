using CradleToCareer.Domain.Outcomes;

namespace CradleToCareer.Domain.Tests.Outcomes;

public sealed class BreakdownCellsTests
{
    [Fact]
    public void Each_cell_name_sits_at_its_own_position()
    {
        Assert.Equal([0, 1, 2, 3], OutcomeBreakdowns.SexCells.Select(BreakdownCells.SexIndex));
        Assert.Equal(3, BreakdownCells.SexIndex("f"));
        Assert.Equal(OutcomeBreakdowns.No, OutcomeBreakdowns.SocialServicesCells[BreakdownCells.SocialServicesIndex(false)]);
        Assert.Equal(OutcomeBreakdowns.Yes, OutcomeBreakdowns.SocialServicesCells[BreakdownCells.SocialServicesIndex(true)]);
    }
}
