using CradleToCareer.Domain.Rules;

namespace CradleToCareer.Domain.Tests.Rules;

public sealed class GpaTests
{
    [Fact]
    public void Gpa_weights_points_by_credits_attempted()
    {
        var gpa = Gpa.Of([new MarkedAttempt("A", 5m), new MarkedAttempt("C", 10m)]);

        Assert.Equal(2.67m, gpa);
    }

    [Fact]
    public void A_half_way_value_rounds_away_from_zero()
    {
        // (4.0 + 3.7 + 1.7 + 0.7) / 4 = 2.525 exactly; banker's rounding would give 2.52.
        var gpa = Gpa.Of([new("A", 1m), new("A-", 1m), new("C-", 1m), new("D-", 1m)]);

        Assert.Equal(2.53m, gpa);
    }

    [Theory]
    [InlineData(2.525, 2.53)]
    [InlineData(2.535, 2.54)]
    [InlineData(3.994999, 3.99)]
    [InlineData(3.995, 4.00)]
    [InlineData(0.005, 0.01)]
    public void Round_is_two_decimals_half_away_from_zero(double value, double expected) =>
        Assert.Equal((decimal)expected, Gpa.Round((decimal)value));

    [Fact]
    public void Ungraded_marks_are_left_out_of_the_gpa()
    {
        var gpa = Gpa.Of([new("B", 5m), new("P", 5m), new("NP", 5m), new("I", 5m), new("W", 5m)]);

        Assert.Equal(3.00m, gpa);
    }

    [Fact]
    public void Gpa_is_null_without_a_graded_course()
    {
        Assert.Null(Gpa.Of([]));
        Assert.Null(Gpa.Of([new("P", 5m), new("W", 5m)]));
    }

    [Fact]
    public void Gpa_is_null_when_graded_courses_attempt_nothing() =>
        Assert.Null(Gpa.Of([new("A", 0m)]));

    [Fact]
    public void A_repeated_course_counts_every_attempt()
    {
        var gpa = Gpa.Of([new("F", 5m), new("A", 5m)]);

        Assert.Equal(2.00m, gpa);
    }

    [Fact]
    public void F_counts_as_zero_points_with_its_credits()
    {
        var gpa = Gpa.Of([new("A", 3m), new("F", 1m)]);

        Assert.Equal(3.00m, gpa);
    }

    [Fact]
    public void The_bonus_adds_to_the_points_of_its_attempt()
    {
        var gpa = Gpa.Of([new("B", 5m, Bonus: 1m), new("B", 5m)]);

        Assert.Equal(3.50m, gpa);
    }

    [Fact]
    public void Earned_sums_every_mark_including_ungraded()
    {
        Assert.Equal(12.5m, Gpa.Earned([5m, 2.5m, 5m, 0m]));
        Assert.Equal(0m, Gpa.Earned([]));
    }
}
