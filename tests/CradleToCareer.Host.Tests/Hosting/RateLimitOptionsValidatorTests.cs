using CradleToCareer.Host.Hosting.Settings;
using CradleToCareer.Host.Tests.Infrastructure;

namespace CradleToCareer.Host.Tests.Hosting;

/// <summary>
/// <c>C2C:RateLimits</c>: a burst of twice the rate unless set; neither may be below one request; the token
/// endpoint's limits (<c>C2C:RateLimits:Token</c>) and <c>C2C:RequestLimits</c> are checked the same way.
/// </summary>
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

    [Fact]
    public void The_token_endpoint_limits_default_to_a_real_limit_and_a_lockout_that_grows()
    {
        var token = new RateLimitOptions().Token;

        Assert.Equal((2, 30, 5, 50), (token.RequestsPerSecondPerAddress, token.BurstPerAddress, token.FailuresPerAddress, token.FailuresPerClient));
        Assert.Equal((TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(15)), (token.FirstLockout, token.MaxLockout));
        Assert.True(token.SecretCheckPermits >= 1);
        Assert.True(new RateLimitOptionsValidator().Validate(null, new RateLimitOptions()).Succeeded);
    }

    [Fact]
    public void Token_endpoint_limits_that_cannot_work_are_each_named()
    {
        var result = new RateLimitOptionsValidator().Validate(null, BoundOptions.From<RateLimitOptions>(
            RateLimitOptions.Section,
            ("C2C:RateLimits:Token:RequestsPerSecondPerAddress", "0"),
            ("C2C:RateLimits:Token:FailuresPerAddress", "10"),
            ("C2C:RateLimits:Token:FailuresPerClient", "4"),
            ("C2C:RateLimits:Token:LockoutSeconds", "600"),
            ("C2C:RateLimits:Token:MaxLockoutSeconds", "60"),
            ("C2C:RateLimits:Token:ConcurrentSecretChecks", "0"),
            ("C2C:RateLimits:Token:QueuedSecretChecks", "-1")));

        Assert.Equal(
            [
                "C2C:RateLimits:Token:RequestsPerSecondPerAddress must be a number of requests of at least 1.",
                "C2C:RateLimits:Token:ConcurrentSecretChecks must be a number of checks of at least 1.",
                "C2C:RateLimits:Token:MaxLockoutSeconds must be at least C2C:RateLimits:Token:LockoutSeconds.",
                "C2C:RateLimits:Token:FailuresPerClient must be at least C2C:RateLimits:Token:FailuresPerAddress.",
                "C2C:RateLimits:Token:QueuedSecretChecks must be a number of requests of at least 0.",
            ],
            result.Failures!);
    }

    [Fact]
    public void Request_limits_outside_their_range_are_named_and_the_defaults_pass()
    {
        var result = new RequestLimitOptionsValidator().Validate(null, BoundOptions.From<RequestLimitOptions>(
            RequestLimitOptions.Section, ("C2C:RequestLimits:MaxUrlLength", "100"), ("C2C:RequestLimits:MaxHeaderCount", "20000")));

        Assert.Equal(
            [
                "C2C:RequestLimits:MaxUrlLength must be between 1,024 and 1,048,576.",
                "C2C:RequestLimits:MaxHeaderCount must be between 10 and 10,000.",
            ],
            result.Failures!);
        Assert.True(new RequestLimitOptionsValidator().Validate(null, new RequestLimitOptions()).Succeeded);
    }
}
