using System.Threading.RateLimiting;

namespace CradleToCareer.Host.Hosting;

/// <summary>A token bucket per caller address (<see cref="CallerAddress"/>), refilled every second, with no queue.</summary>
internal static class AddressBuckets
{
    public static RateLimitPartition<string> Of(HttpContext context, int requestsPerSecond, int burst) =>
        RateLimitPartition.GetTokenBucketLimiter(CallerAddress.Of(context), _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = burst,
            TokensPerPeriod = requestsPerSecond,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        });
}
