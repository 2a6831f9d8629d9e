using CradleToCareer.Domain.Alerts;
using CradleToCareer.Domain.Events;
using CradleToCareer.Domain.Rules;

namespace CradleToCareer.Domain.Tests.Alerts;

public sealed class SubscriptionRulesTests
{
    private const string Url = "https://hooks.example.org/c2c";

    private static IReadOnlyList<string> Paths(IEnumerable<FieldError> errors) => [.. errors.Select(e => e.Path)];

    [Fact]
    public void A_valid_subscription_has_no_errors()
    {
        Assert.Empty(SubscriptionRules.Validate(Url, [MilestoneIds.Graduated, RiskFlagIds.LowGpa], null, allowLoopback: false));
        Assert.Empty(SubscriptionRules.Validate(Url, ["*"], WebhookSecret.Generate(), allowLoopback: false));
    }

    [Fact]
    public void Every_milestone_and_risk_flag_id_can_be_subscribed_to()
    {
        Assert.Equal(12, SubscribableIds.All.Count);
        Assert.Empty(SubscriptionRules.Validate(Url, [.. SubscribableIds.All], null, allowLoopback: false));
    }

    [Fact]
    public void A_bad_url_is_reported_at_slash_url()
    {
        var errors = SubscriptionRules.Validate("http://hooks.example.org/c2c", ["*"], null, allowLoopback: false);

        var error = Assert.Single(errors);
        Assert.Equal("/url", error.Path);
        Assert.Contains("https", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_loopback_setting_reaches_the_url_check()
    {
        Assert.Equal(["/url"], Paths(SubscriptionRules.Validate("http://localhost:5005/hook", ["*"], null, allowLoopback: false)));
        Assert.Empty(SubscriptionRules.Validate("http://localhost:5005/hook", ["*"], null, allowLoopback: true));
    }

    [Fact]
    public void Missing_or_empty_milestones_are_reported_at_slash_milestones()
    {
        Assert.Equal(["/milestones"], Paths(SubscriptionRules.Validate(Url, null, null, allowLoopback: false)));
        Assert.Equal(["/milestones"], Paths(SubscriptionRules.Validate(Url, [], null, allowLoopback: false)));
    }

    [Fact]
    public void Unknown_ids_are_reported_at_their_index_with_the_known_ids()
    {
        var errors = SubscriptionRules.Validate(Url, [MilestoneIds.Graduated, "k12.Graduated", "risk.absent"], null, allowLoopback: false);

        Assert.Equal(["/milestones/1", "/milestones/2"], Paths(errors));
        Assert.Contains(MilestoneIds.EmployedAfterCredential, errors[0].Message, StringComparison.Ordinal);
        Assert.Contains(RiskFlagIds.ChronicAbsence, errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_duplicate_is_reported_at_its_second_occurrence()
    {
        var errors = SubscriptionRules.Validate(Url, [RiskFlagIds.LowGpa, MilestoneIds.Graduated, RiskFlagIds.LowGpa], null, allowLoopback: false);

        var error = Assert.Single(errors);
        Assert.Equal("/milestones/2", error.Path);
        Assert.Contains("more than once", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_wildcard_must_stand_alone()
    {
        var errors = SubscriptionRules.Validate(Url, [MilestoneIds.Graduated, "*"], null, allowLoopback: false);

        var error = Assert.Single(errors);
        Assert.Equal("/milestones", error.Path);
        Assert.Contains("only entry", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("secret")]
    [InlineData("whsec_c2hvcnQ=")]
    public void A_secret_that_does_not_parse_is_reported_at_slash_secret(string secret)
    {
        var error = Assert.Single(SubscriptionRules.Validate(Url, ["*"], secret, allowLoopback: false));

        Assert.Equal("/secret", error.Path);
        Assert.Equal(WebhookSecret.FormatError, error.Message);
    }

    [Fact]
    public void All_problems_are_reported_together()
    {
        var errors = SubscriptionRules.Validate("https://10.0.0.1/", ["nope"], "nope", allowLoopback: false);

        Assert.Equal(["/url", "/milestones/0", "/secret"], Paths(errors));
    }

    [Theory]
    [InlineData(new[] { "*" }, RiskFlagIds.AgOffTrack, true)]
    [InlineData(new[] { MilestoneIds.Graduated }, MilestoneIds.Graduated, true)]
    [InlineData(new[] { MilestoneIds.Graduated }, MilestoneIds.AgComplete, false)]
    public void A_subscription_covers_its_ids_or_everything_for_the_wildcard(string[] subscribed, string id, bool covered) =>
        Assert.Equal(covered, SubscribableIds.Covers(subscribed, id));
}
