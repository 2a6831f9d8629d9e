using System.Threading.RateLimiting;
using CradleToCareer.Host.Hosting.Settings;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace CradleToCareer.Host.Hosting;

/// <summary>
/// A token bucket per caller address for the anonymous outcome routes, on top of the service-wide one: anyone may read
/// the public figures, nobody may flood them. Over it: <c>429</c> problem+json with <c>Retry-After</c>.
/// </summary>
internal sealed class PublicFiguresRateLimit(IOptions<RateLimitOptions> options) : IRateLimiterPolicy<string>
{
    public const string Name = "public-figures";

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected { get; } = RateLimits.RejectAsync;

    public RateLimitPartition<string> GetPartition(HttpContext httpContext) =>
        AddressBuckets.Of(httpContext, options.Value.Public.RequestsPerSecondPerAddress, options.Value.Public.BurstPerAddress);
}
