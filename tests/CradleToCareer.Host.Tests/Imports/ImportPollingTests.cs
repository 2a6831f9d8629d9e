using CradleToCareer.Host.Imports;

namespace CradleToCareer.Host.Tests.Imports;

/// <summary>An idle import worker polls less and less often, and at once again after work.</summary>
public sealed class ImportPollingTests
{
    [Fact]
    public void Idle_pauses_double_from_the_first_up_to_the_longest()
    {
        var pauses = new List<TimeSpan>();
        TimeSpan? pause = null;
        for (var poll = 0; poll < 8; poll++)
        {
            pause = ImportPolling.NextIdlePause(pause);
            pauses.Add(pause.Value);
        }

        Assert.Equal([1, 2, 4, 8, 16, 30, 30, 30], pauses.Select(p => p.TotalSeconds));
    }

    [Fact]
    public void After_work_the_next_idle_pause_is_the_first_again()
    {
        Assert.Equal(ImportPolling.First, ImportPolling.NextIdlePause(null));
    }
}
