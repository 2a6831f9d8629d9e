using CradleToCareer.Domain.Alerts;
using CradleToCareer.Testing;

namespace CradleToCareer.Domain.Tests.Alerts;

public sealed class RetryScheduleTests
{
    private static readonly DateTimeOffset FirstAttempt = new(2026, 5, 2, 17, 0, 0, TimeSpan.Zero);

    /// <summary>Fails every attempt, moving the fake clock to each scheduled time; returns every attempt's time.</summary>
    private static List<DateTimeOffset> RunUntilDead(double jitter)
    {
        var clock = new FakeClock(FirstAttempt);
        var attempts = new List<DateTimeOffset> { clock.GetUtcNow() };
        while (RetrySchedule.NextAttemptAt(FirstAttempt, attempts.Count, clock.GetUtcNow(), jitter) is { } next)
        {
            Assert.True(next > clock.GetUtcNow());
            clock.Advance(next - clock.GetUtcNow());
            attempts.Add(clock.GetUtcNow());
        }

        return attempts;
    }

    [Fact]
    public void Without_jitter_the_delay_starts_at_5_seconds_and_doubles_up_to_one_hour()
    {
        var delays = Enumerable.Range(1, 13).Select(n => RetrySchedule.DelayAfter(n, 0.5).TotalSeconds);

        Assert.Equal([5, 10, 20, 40, 80, 160, 320, 640, 1280, 2560, 3600, 3600, 3600], delays);
    }

    [Fact]
    public void The_cap_holds_for_any_attempt_number() =>
        Assert.Equal(TimeSpan.FromHours(1), RetrySchedule.DelayAfter(int.MaxValue, 0.5));

    [Theory]
    [InlineData(0.0, 0.8)]
    [InlineData(0.25, 0.9)]
    [InlineData(0.75, 1.1)]
    [InlineData(1.0, 1.2)]
    public void Jitter_scales_the_delay_by_up_to_twenty_percent_either_way(double jitter, double factor)
    {
        Assert.Equal(TimeSpan.FromSeconds(40 * factor), RetrySchedule.DelayAfter(4, jitter));
        Assert.Equal(TimeSpan.FromSeconds(3600 * factor), RetrySchedule.DelayAfter(20, jitter));
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(1.01)]
    [InlineData(double.NaN)]
    public void Jitter_outside_zero_to_one_is_refused(double jitter) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => RetrySchedule.DelayAfter(1, jitter));

    [Fact]
    public void Attempt_numbers_start_at_one() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => RetrySchedule.NextAttemptAt(FirstAttempt, 0, FirstAttempt, 0.5));

    [Fact]
    public void The_next_attempt_waits_from_when_the_last_one_failed()
    {
        var failedAt = FirstAttempt.AddSeconds(12);

        Assert.Equal(failedAt.AddSeconds(10), RetrySchedule.NextAttemptAt(FirstAttempt, 2, failedAt, 0.5));
    }

    [Fact]
    public void Without_jitter_34_attempts_are_made_the_last_one_just_past_24_hours()
    {
        var attempts = RunUntilDead(0.5);

        Assert.Equal(34, attempts.Count);
        Assert.Equal(TimeSpan.FromSeconds(5115 + (23 * 3600)), attempts[^1] - FirstAttempt);
        Assert.True(attempts[^2] - FirstAttempt < TimeSpan.FromHours(24));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.5)]
    [InlineData(0.999)]
    [InlineData(1.0)]
    public void Whatever_the_jitter_the_last_attempt_lands_at_least_24_hours_after_the_first(double jitter)
    {
        var attempts = RunUntilDead(jitter);

        Assert.True(attempts[^1] - FirstAttempt >= TimeSpan.FromHours(24));
        Assert.True(attempts[^1] - FirstAttempt < TimeSpan.FromHours(26));
        Assert.True(attempts.Count <= RetrySchedule.MaxAttempts);
    }

    [Fact]
    public void With_the_shortest_delays_the_attempt_bound_is_reached_exactly_when_the_window_is()
    {
        var attempts = RunUntilDead(0.0);

        Assert.Equal(RetrySchedule.MaxAttempts, attempts.Count);
        Assert.True(attempts[^2] - FirstAttempt < TimeSpan.FromHours(24));
    }

    [Fact]
    public void After_an_outage_longer_than_the_window_one_late_attempt_is_made_and_then_none()
    {
        var lateAttempt = FirstAttempt.AddHours(30);

        Assert.Null(RetrySchedule.NextAttemptAt(FirstAttempt, 2, lateAttempt, 0.5));
        Assert.NotNull(RetrySchedule.NextAttemptAt(FirstAttempt, 2, FirstAttempt.AddHours(23), 0.5));
    }

    [Fact]
    public void No_attempt_follows_the_maximum_even_inside_the_window() =>
        Assert.Null(RetrySchedule.NextAttemptAt(FirstAttempt, RetrySchedule.MaxAttempts, FirstAttempt.AddHours(1), 0.5));
}
