using CradleToCareer.Host.Hosting.Settings;
using CradleToCareer.Host.Tests.Infrastructure;

namespace CradleToCareer.Host.Tests.Hosting;

/// <summary><c>C2C:RateLimits</c>: a burst of twice the rate unless set; neither may be below one request.</summary>
public sealed class RateLimitOptionsValidatorTests
{
    [Fact]
    public void The_burst_defaults_to_twice_the_configured_rate()
    {
        var options = BoundOptions.From<RateLimitOptions>(RateLimitOptions.Section, ("C2C:RateLimits:RequestsPerSecond", "7"));

        Assert.Equal(14, options.BucketSize);
        Assert.Equal(10_000, new RateLimitOptions().BucketSize);
        Assert.True(new RateLimitOptionsValidator().Validate(null, options).Succeeded);
    }

    [Fact]
    public void A_rate_and_a_burst_below_one_are_both_named()
    {
        var result = new RateLimitOptionsValidator().Validate(null, BoundOptions.From<RateLimitOptions>(
            RateLimitOptions.Section, ("C2C:RateLimits:RequestsPerSecond", "0"), ("C2C:RateLimits:Burst", "-3")));

        Assert.Equal(
            [
                "C2C:RateLimits:RequestsPerSecond must be a number of requests of at least 1.",
                "C2C:RateLimits:Burst must be a number of requests of at least 1.",
            ],
            result.Failures!);
    }
}
