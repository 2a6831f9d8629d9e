using CradleToCareer.Domain.Outcomes;

namespace CradleToCareer.Domain.Tests.Outcomes;

public sealed class OutcomeSuppressionTests
{
    private static readonly IReadOnlyList<string> Sex = OutcomeBreakdowns.SexCells;
    private static readonly IReadOnlyList<string> Social = OutcomeBreakdowns.SocialServicesCells;

    private static (OutcomeCell All, OutcomeCell[] Cells) SexGroup(params (int Denominator, int Numerator)[] cells) =>
        OutcomeSuppression.Rates(
            new CellTally(cells.Sum(c => c.Denominator), cells.Sum(c => c.Numerator)),
            cells.Select(c => new CellTally(c.Denominator, c.Numerator)).ToArray(),
            Sex);

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, null)]
    [InlineData(10, null)]
    [InlineData(11, 11)]
    public void A_count_of_1_to_10_is_suppressed(int count, int? shown) =>
        Assert.Equal(shown, OutcomeSuppression.Count(count));

    [Fact]
    public void The_breakdown_cells_are_named_in_order()
    {
        Assert.Equal(["F", "M", "X", "unknown"], Sex);
        Assert.Equal(["no", "yes"], Social);
    }

    [Fact]
    public void Denominators_of_10_are_suppressed_and_of_11_shown_with_their_complement()
    {
        var (total, cells) = OutcomeSuppression.Counts(73, [10, 11, 40, 12], Sex);

        Assert.Equal(73, total);
        Assert.Equal([null, null, 40, 12], cells);
    }

    [Fact]
    public void A_lone_suppressed_denominator_takes_a_zero_cell_with_it_as_the_smallest_shown()
    {
        var (total, cells) = OutcomeSuppression.Counts(45, [5, 20, 20, 0], Sex);

        Assert.Equal(45, total);
        Assert.Equal([null, 20, 20, null], cells);
    }

    [Fact]
    public void Equal_smallest_complements_go_to_the_first_name_in_ordinal_order()
    {
        var (_, sex) = OutcomeSuppression.Counts(75, [5, 20, 20, 30], Sex);
        var (_, sexReversedNames) = OutcomeSuppression.Counts(75, [30, 20, 20, 5], ["unknown", "X", "M", "F"]);
        var (_, social) = OutcomeSuppression.Counts(40, [20, 20], Social);

        Assert.Equal([null, null, 20, 30], sex);
        Assert.Equal([30, 20, null, null], sexReversedNames);
        Assert.Equal([20, 20], social);
    }

    [Fact]
    public void Two_suppressed_cells_need_no_complement_and_a_suppressed_total_none_either()
    {
        Assert.Equal([null, null, 40, 12], OutcomeSuppression.Counts(60, [3, 5, 40, 12], Sex).Cells);

        var (total, cells) = OutcomeSuppression.Counts(8, [8, 0, 0, 0], Sex);
        Assert.Null(total);
        Assert.Equal([null, 0, 0, 0], cells);
    }

    [Theory]
    [InlineData(30, 10, null)]
    [InlineData(30, 11, 11)]
    [InlineData(30, 20, null)]
    [InlineData(30, 19, 19)]
    [InlineData(30, 30, 30)]
    [InlineData(30, 0, 0)]
    [InlineData(0, 0, 0)]
    public void A_numerator_is_suppressed_when_it_or_those_who_did_not_reach_it_number_1_to_10(int denominator, int numerator, int? shown) =>
        Assert.Equal(shown, OutcomeSuppression.Numerator(new CellTally(denominator, numerator), denominator));

    [Fact]
    public void A_numerator_under_a_suppressed_denominator_is_suppressed() =>
        Assert.Null(OutcomeSuppression.Numerator(new CellTally(40, 20), null));

    [Theory]
    [InlineData(20, 40, 0.5)]
    [InlineData(11, 33, 0.3333)]
    [InlineData(22, 33, 0.6667)]
    [InlineData(13, 32, 0.4063)]
    [InlineData(11, 11, 1)]
    [InlineData(0, 12, 0)]
    public void A_rate_has_4_decimals_rounded_half_away_from_zero(int numerator, int denominator, double rate) =>
        Assert.Equal((decimal)rate, OutcomeSuppression.Rate(numerator, denominator));

    [Fact]
    public void A_rate_needs_both_counts_and_a_denominator_above_zero()
    {
        Assert.Null(OutcomeSuppression.Rate(null, 40));
        Assert.Null(OutcomeSuppression.Rate(20, null));
        Assert.Null(OutcomeSuppression.Rate(0, 0));
    }

    [Fact]
    public void A_group_with_nothing_small_is_shown_whole_and_a_zero_cell_has_no_rate()
    {
        var (all, cells) = SexGroup((40, 20), (32, 13), (0, 0), (30, 30));

        Assert.Equal(new OutcomeCell(102, 63, 0.6176m), all);
        Assert.Equal(
            [new OutcomeCell(40, 20, 0.5m), new OutcomeCell(32, 13, 0.4063m), new OutcomeCell(0, 0, null), new OutcomeCell(30, 30, 1m)],
            cells);
    }

    [Fact]
    public void A_lone_small_numerator_takes_the_smallest_other_shown_numerator_with_it()
    {
        var (all, cells) = SexGroup((40, 5), (30, 15), (25, 12), (25, 14));

        Assert.Equal(new OutcomeCell(120, 46, 0.3833m), all);
        Assert.Equal(
            [new OutcomeCell(40, null, null), new OutcomeCell(30, 15, 0.5m), new OutcomeCell(25, null, null), new OutcomeCell(25, 14, 0.56m)],
            cells);
    }

    [Fact]
    public void A_numerator_complement_may_be_zero_and_ties_go_to_the_first_name()
    {
        var (_, zero) = SexGroup((40, 35), (30, 15), (20, 0), (25, 14));
        var (_, tie) = SexGroup((40, 35), (30, 15), (26, 15), (30, 16));

        Assert.Equal([null, 15, null, 14], zero.Select(c => c.Numerator));
        Assert.Equal([null, null, 15, 16], tie.Select(c => c.Numerator));
    }

    [Fact]
    public void A_suppressed_denominator_and_its_complement_suppress_their_numerators()
    {
        var (all, cells) = SexGroup((5, 3), (50, 25), (15, 0), (30, 22));

        Assert.Equal(new OutcomeCell(100, 50, 0.5m), all);
        Assert.Equal(
            [new OutcomeCell(null, null, null), new OutcomeCell(50, 25, 0.5m), new OutcomeCell(null, null, null), new OutcomeCell(30, null, null)],
            cells);
    }

    [Fact]
    public void No_numerator_complement_is_needed_when_the_total_numerator_is_suppressed()
    {
        var (all, cells) = SexGroup((50, 50), (50, 45), (0, 0), (0, 0));

        Assert.Equal(new OutcomeCell(100, null, null), all);
        Assert.Equal([50, null, 0, 0], cells.Select(c => c.Numerator));
    }

    [Fact]
    public void Each_breakdown_is_its_own_group_under_the_same_total()
    {
        var all = new CellTally(60, 30);
        var (sexAll, sex) = OutcomeSuppression.Rates(all, [new(30, 15), new(30, 15), new(0, 0), new(0, 0)], Sex);
        var (socialAll, social) = OutcomeSuppression.Rates(all, [new(52, 26), new(8, 4)], Social);

        Assert.Equal(sexAll, socialAll);
        Assert.Equal([30, 30, 0, 0], sex.Select(c => c.Denominator));
        Assert.Equal([null, null], social.Select(c => c.Denominator));
    }
}
