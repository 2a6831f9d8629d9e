using CradleToCareer.Grains;
using CradleToCareer.Testing;

namespace CradleToCareer.Host.Tests.Grains;

/// <summary>When a student grain acts on changes: at once after a quiet spell, less often while changes keep coming.</summary>
public sealed class ChangePacingTests
{
    private readonly FakeClock _clock = new(new DateTimeOffset(2026, 11, 29, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public void The_first_change_and_one_after_a_quiet_spell_wait_only_the_first_delay()
    {
        var pacing = new ChangePacing(_clock, new SiloEventRate(_clock));
        var first = pacing.DelayBeforeStep(ChangePacing.FirstDelay);
        pacing.Step();
        _clock.Advance(TimeSpan.FromSeconds(2));

        Assert.Equal(ChangePacing.FirstDelay, first);
        Assert.Equal(ChangePacing.FirstDelay, pacing.DelayBeforeStep(ChangePacing.FirstDelay));
    }

    [Fact]
    public void A_change_soon_after_a_step_waits_for_the_short_interval()
    {
        var pacing = new ChangePacing(_clock, new SiloEventRate(_clock));
        pacing.Step();
        _clock.Advance(TimeSpan.FromMilliseconds(100));

        Assert.Equal(TimeSpan.FromMilliseconds(150), pacing.DelayBeforeStep(ChangePacing.FirstDelay));
    }

    [Fact]
    public void Steps_that_keep_coming_stretch_to_the_long_interval_until_a_quiet_second()
    {
        var pacing = new ChangePacing(_clock, new SiloEventRate(_clock));
        for (var step = 0; step <= ChangePacing.BusySteps; step++)
        {
            pacing.Step();
            _clock.Advance(TimeSpan.FromMilliseconds(300));
        }

        var busy = pacing.DelayBeforeStep(ChangePacing.FirstDelay);
        _clock.Advance(TimeSpan.FromSeconds(1));
        pacing.Step();
        _clock.Advance(TimeSpan.FromMilliseconds(100));

        Assert.Equal(TimeSpan.FromMilliseconds(700), busy);
        Assert.Equal(TimeSpan.FromMilliseconds(150), pacing.DelayBeforeStep(ChangePacing.FirstDelay));
    }

    [Fact]
    public void While_the_silo_takes_in_a_bulk_load_steps_are_spaced_by_the_bulk_interval_until_it_slows_down()
    {
        var rate = new SiloEventRate(_clock);
        var pacing = new ChangePacing(_clock, rate);
        pacing.Step();
        rate.Delivered(SiloEventRate.BulkEventsPerSecond - 1);
        var belowBulk = pacing.DelayBeforeStep(ChangePacing.FirstDelay);
        rate.Delivered(1);
        var bulk = pacing.DelayBeforeStep(ChangePacing.FirstDelay);
        _clock.Advance(TimeSpan.FromSeconds(1));
        var secondAfter = pacing.DelayBeforeStep(ChangePacing.FirstDelay);
        _clock.Advance(TimeSpan.FromSeconds(1));
        var quietSecond = pacing.DelayBeforeStep(ChangePacing.FirstDelay);

        Assert.Equal(ChangePacing.ShortInterval, belowBulk);
        Assert.Equal(ChangePacing.BulkInterval, bulk);
        Assert.Equal(ChangePacing.BulkInterval - TimeSpan.FromSeconds(1), secondAfter);
        Assert.Equal(ChangePacing.FirstDelay, quietSecond);
    }

    [Fact]
    public void A_longer_wait_asked_for_is_kept()
    {
        var pacing = new ChangePacing(_clock, new SiloEventRate(_clock));

        Assert.Equal(TimeSpan.FromSeconds(5), pacing.DelayBeforeStep(TimeSpan.FromSeconds(5)));
    }
}
