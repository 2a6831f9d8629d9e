using CradleToCareer.Domain.Alerts;

namespace CradleToCareer.Domain.Tests.Alerts;

/// <summary>What an attempt's answer, or a decision not to send, makes of a delivery.</summary>
public sealed class DeliveryOutcomesTests
{
    private static readonly DateTimeOffset First = new(2026, 9, 1, 8, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(200)]
    [InlineData(204)]
    [InlineData(299)]
    public void A_2xx_answer_delivers_and_schedules_nothing(int status)
    {
        var update = DeliveryOutcomes.AfterAttempt(Due(attempts: 0, firstAttemptAt: null), status, First, 0.5);

        Assert.Equal((DeliveryStatus.Delivered, 1, (int?)status, (DateTimeOffset?)First, (DateTimeOffset?)null),
            (update.Status, update.Attempts, update.LastResponseCode, update.FirstAttemptAt, update.NextAttemptAt));
    }

    [Fact]
    public void A_410_answer_means_the_receiver_is_gone()
    {
        var update = DeliveryOutcomes.AfterAttempt(Due(attempts: 2, firstAttemptAt: First), 410, First.AddMinutes(1), 0.5);

        Assert.Equal((DeliveryStatus.Gone, 3, (DateTimeOffset?)null), (update.Status, update.Attempts, update.NextAttemptAt));
    }

    [Theory]
    [InlineData(500)]
    [InlineData(404)]
    [InlineData(301)]
    [InlineData(null)]
    public void Any_other_answer_or_none_is_retried_on_the_schedule_from_the_first_attempt(int? status)
    {
        var now = First.AddSeconds(30);

        var update = DeliveryOutcomes.AfterAttempt(Due(attempts: 1, firstAttemptAt: First), status, now, 0.5);

        Assert.Equal((DeliveryStatus.Pending, 2, status, (DateTimeOffset?)First), (update.Status, update.Attempts, update.LastResponseCode, update.FirstAttemptAt));
        Assert.Equal(RetrySchedule.NextAttemptAt(First, 2, now, 0.5), update.NextAttemptAt);
        Assert.True(update.NextAttemptAt > now);
    }

    [Fact]
    public void A_failure_after_the_retry_window_is_dead()
    {
        var now = First + RetrySchedule.RetryWindow;

        var update = DeliveryOutcomes.AfterAttempt(Due(attempts: 20, firstAttemptAt: First), 503, now, 0.5);

        Assert.Equal((DeliveryStatus.Dead, 21, (DateTimeOffset?)null), (update.Status, update.Attempts, update.NextAttemptAt));
    }

    [Fact]
    public void Withholding_keeps_the_attempts_made_and_schedules_nothing()
    {
        var update = DeliveryOutcomes.Withheld(Due(attempts: 3, firstAttemptAt: First));

        Assert.Equal((DeliveryStatus.Withheld, 3, (int?)null, (DateTimeOffset?)First, (DateTimeOffset?)null, (DateTimeOffset?)null),
            (update.Status, update.Attempts, update.LastResponseCode, update.FirstAttemptAt, update.LastAttemptAt, update.NextAttemptAt));
    }

    private static DueDelivery Due(int attempts, DateTimeOffset? firstAttemptAt) => new(
        "s_1", "a_1", 7, "p_1", "org-1", "cl_1", "https://hooks.example.org/", [1], [2], attempts, firstAttemptAt);
}
