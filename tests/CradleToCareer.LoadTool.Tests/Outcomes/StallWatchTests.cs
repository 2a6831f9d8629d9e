using CradleToCareer.LoadTool.Outcomes;

namespace CradleToCareer.LoadTool.Tests.Outcomes;

public sealed class StallWatchTests
{
    private static TimeSpan S(double seconds) => TimeSpan.FromSeconds(seconds);

    [Fact]
    public void A_figure_unchanged_for_the_whole_patience_has_stalled()
    {
        var watch = new StallWatch(S(60));

        Assert.False(watch.Observe(4_990, S(0)));
        Assert.False(watch.Observe(4_990, S(59.9)));
        Assert.True(watch.Observe(4_990, S(60)));
    }

    [Fact]
    public void Every_change_starts_the_patience_again_including_to_and_from_not_shown()
    {
        var watch = new StallWatch(S(10));

        Assert.False(watch.Observe(null, S(0)));
        Assert.False(watch.Observe(12, S(9)));
        Assert.False(watch.Observe(12, S(18)));
        Assert.False(watch.Observe(null, S(19)));
        Assert.False(watch.Observe(null, S(28)));
        Assert.True(watch.Observe(null, S(29)));
    }
}
