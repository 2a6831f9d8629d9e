using CradleToCareer.Host.Hosting.Settings;
using CradleToCareer.Host.Alerts;
using CradleToCareer.Host.Tests.Infrastructure;

namespace CradleToCareer.Host.Tests.Alerts;

/// <summary>
/// The alert sweep's timing (<c>C2C:Alerts</c>), the base of alert links (<c>C2C:PublicBaseUrl</c>) and the limit of
/// active subscriptions per organization (<c>C2C:Webhooks</c>).
/// </summary>
public sealed class AlertOptionsValidatorTests
{
    [Fact]
    public void The_defaults_sweep_every_15_seconds_after_30_and_link_to_the_default_url()
    {
        var sweep = new AlertOptions();
        var address = new PublicAddressOptions();

        Assert.True(new AlertOptionsValidator().Validate(null, sweep).Succeeded);
        Assert.True(new PublicAddressOptionsValidator().Validate(null, address).Succeeded);
        Assert.Equal((TimeSpan.FromSeconds(15), TimeSpan.FromSeconds(30)), (sweep.ToSweepSettings().Interval, sweep.ToSweepSettings().SettleTime));
        Assert.Equal(new Uri("http://127.0.0.1:5080/"), address.BaseUrl());
    }

    [Theory]
    [InlineData("0", "-1")]
    [InlineData("-5", "NaN")]
    [InlineData("1e300", "Infinity")]
    public void A_sweep_interval_not_above_0_and_a_negative_or_endless_settle_time_are_both_named(string interval, string settle)
    {
        var result = new AlertOptionsValidator().Validate(null, BoundOptions.From<AlertOptions>(
            AlertOptions.Section, ("C2C:Alerts:SweepIntervalSeconds", interval), ("C2C:Alerts:SweepSettleSeconds", settle)));

        Assert.Equal(
            [
                "C2C:Alerts:SweepIntervalSeconds must be a number of seconds above 0.",
                "C2C:Alerts:SweepSettleSeconds must be a number of seconds, 0 or more.",
            ],
            result.Failures!);
    }

    [Theory]
    [InlineData("ftp://c2c.example.gov")]
    [InlineData("c2c.example.gov")]
    public void A_public_base_url_that_is_not_absolute_http_is_refused(string url)
    {
        var result = new PublicAddressOptionsValidator().Validate(null, new PublicAddressOptions { PublicBaseUrl = url });

        Assert.Equal("C2C:PublicBaseUrl must be an absolute http or https URL, such as https://c2c.example.gov/.", result.FailureMessage);
    }

    [Fact]
    public void A_public_base_url_gets_its_trailing_slash()
    {
        var address = BoundOptions.From<PublicAddressOptions>(PublicAddressOptions.Section, ("C2C:PublicBaseUrl", "https://c2c.example.gov/api"));

        Assert.Equal(new Uri("https://c2c.example.gov/api/"), address.BaseUrl());
    }

    [Fact]
    public void By_default_an_organization_may_have_100_active_subscriptions()
    {
        var webhooks = new WebhookOptions();

        Assert.True(new WebhookOptionsValidator().Validate(null, webhooks).Succeeded);
        Assert.Equal((100, false), (webhooks.MaxActiveSubscriptionsPerOrganization, webhooks.AllowLoopback));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("10001")]
    public void A_subscription_limit_below_1_or_above_10000_is_refused(string limit)
    {
        var result = new WebhookOptionsValidator().Validate(null, BoundOptions.From<WebhookOptions>(
            WebhookOptions.Section, ("C2C:Webhooks:MaxActiveSubscriptionsPerOrganization", limit)));

        Assert.Equal("C2C:Webhooks:MaxActiveSubscriptionsPerOrganization must be a whole number from 1 to 10000.", result.FailureMessage);
    }
}
