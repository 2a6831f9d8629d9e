using System.Text.RegularExpressions;
using CradleToCareer.Domain.Alerts;
using CradleToCareer.Domain.Rules;

namespace CradleToCareer.Domain.Tests.Alerts;

public sealed class AlertIdsTests
{
    private const string Person = "p_7f3a9c";

    [Fact]
    public void An_id_is_a_prefix_and_32_lowercase_hex_digits() =>
        Assert.Matches(new Regex("^a_[0-9a-f]{32}$"), AlertIds.For(Person, MilestoneIds.Graduated, AlertKind.MilestoneReached, "2026-06-12"));

    [Fact]
    public void The_same_parts_always_give_the_same_id() =>
        Assert.Equal(
            AlertIds.For(Person, MilestoneIds.Graduated, AlertKind.MilestoneReached, "2026-06-12"),
            AlertIds.For(Person, MilestoneIds.Graduated, AlertKind.MilestoneReached, "2026-06-12"));

    [Fact]
    public void The_id_is_pinned_so_a_change_of_scheme_cannot_slip_through() =>
        Assert.Equal(
            "a_" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(
                "p_7f3a9c\nk12.graduated\nc2c.alert.milestone.reached\n2026-06-12"u8))[..32],
            AlertIds.For(Person, MilestoneIds.Graduated, AlertKind.MilestoneReached, "2026-06-12"));

    [Fact]
    public void Each_part_changes_the_id()
    {
        string[] ids =
        [
            AlertIds.For(Person, MilestoneIds.Graduated, AlertKind.MilestoneReached, "2026-06-12"),
            AlertIds.For("p_other", MilestoneIds.Graduated, AlertKind.MilestoneReached, "2026-06-12"),
            AlertIds.For(Person, MilestoneIds.AgComplete, AlertKind.MilestoneReached, "2026-06-12"),
            AlertIds.For(Person, MilestoneIds.Graduated, AlertKind.MilestoneRetracted, "2026-06-12"),
            AlertIds.For(Person, MilestoneIds.Graduated, AlertKind.MilestoneReached, "2026-06-13"),
        ];

        Assert.Equal(ids.Length, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Parts_cannot_be_shifted_across_the_separator() =>
        Assert.NotEqual(
            AlertIds.For("p_1", "k12.graduated", AlertKind.MilestoneReached, "x"),
            AlertIds.For("p_1k", "12.graduated", AlertKind.MilestoneReached, "x"));

    [Theory]
    [InlineData("")]
    [InlineData("2026-06-12\np_evil")]
    public void Empty_parts_and_line_breaks_are_refused(string occurrence) =>
        Assert.ThrowsAny<ArgumentException>(() => AlertIds.For(Person, MilestoneIds.Graduated, AlertKind.MilestoneReached, occurrence));
}
