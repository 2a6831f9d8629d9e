using System.Text.RegularExpressions;
using CradleToCareer.Domain.Alerts;
using CradleToCareer.Domain.Rules;

namespace CradleToCareer.Domain.Tests.Alerts;

public sealed class AlertIdsTests
{
    private const string Person = "p_7f3a9c";
    private const string Reached = AlertTypes.MilestoneReached;

    [Fact]
    public void An_id_is_a_prefix_and_32_lowercase_hex_digits() =>
        Assert.Matches(new Regex("^a_[0-9a-f]{32}$"), AlertIds.For(Person, MilestoneIds.Graduated, Reached, 1));

    [Fact]
    public void The_same_parts_always_give_the_same_id() =>
        Assert.Equal(
            AlertIds.For(Person, MilestoneIds.Graduated, Reached, 1),
            AlertIds.For(Person, MilestoneIds.Graduated, Reached, 1));

    [Fact]
    public void The_id_is_pinned_so_a_change_of_scheme_cannot_slip_through() =>
        Assert.Equal(
            "a_" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(
                "p_7f3a9c\nk12.graduated\nc2c.alert.milestone.reached\n1"u8))[..32],
            AlertIds.For(Person, MilestoneIds.Graduated, Reached, 1));

    [Fact]
    public void Each_part_changes_the_id()
    {
        string[] ids =
        [
            AlertIds.For(Person, MilestoneIds.Graduated, Reached, 1),
            AlertIds.For("p_other", MilestoneIds.Graduated, Reached, 1),
            AlertIds.For(Person, MilestoneIds.AgComplete, Reached, 1),
            AlertIds.For(Person, MilestoneIds.Graduated, AlertTypes.MilestoneRetracted, 1),
            AlertIds.For(Person, MilestoneIds.Graduated, Reached, 2),
        ];

        Assert.Equal(ids.Length, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Parts_cannot_be_shifted_across_the_separator() =>
        Assert.NotEqual(
            AlertIds.For("p_1", "k12.graduated", Reached, 1),
            AlertIds.For("p_1k", "12.graduated", Reached, 1));

    [Theory]
    [InlineData("")]
    [InlineData("k12.graduated\np_evil")]
    public void Empty_parts_and_line_breaks_are_refused(string milestoneId) =>
        Assert.ThrowsAny<ArgumentException>(() => AlertIds.For(Person, milestoneId, Reached, 1));

    [Fact]
    public void Occurrences_count_from_one() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => AlertIds.For(Person, MilestoneIds.Graduated, Reached, 0));
}
