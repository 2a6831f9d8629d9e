using System.Threading.RateLimiting;
using CradleToCareer.Host.Access.TokenEndpoint;
using CradleToCareer.Host.Hosting.Settings;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace CradleToCareer.Host.Hosting;

/// <summary>
/// A token bucket per caller address for <c>POST /oauth/token</c> alone, far below the service-wide one: a
/// client needs a token every few minutes, a guesser needs many. Over it: <c>429</c> <c>slow_down</c> with
/// <c>Retry-After</c>, before the form is read or any secret checked.
/// </summary>
internal sealed class TokenEndpointRateLimit(IOptions<RateLimitOptions> options) : IRateLimiterPolicy<string>
{
    public const string Name = "token-endpoint";

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected { get; } = async (rejected, _) =>
    {
        var wait = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromSeconds(1);
        await TokenErrors.TooManyRequests(rejected.HttpContext.Response, wait).ExecuteAsync(rejected.HttpContext);
    };

    public RateLimitPartition<string> GetPartition(HttpContext httpContext) =>
        AddressBuckets.Of(httpContext, options.Value.Token.RequestsPerSecondPerAddress, options.Value.Token.BurstPerAddress);
}
