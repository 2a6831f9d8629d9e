using CradleToCareer.Host.Hosting.Settings;
using System.Threading.RateLimiting;
using CradleToCareer.Host.Access;
using CradleToCareer.Host.Access.TokenEndpoint;
using CradleToCareer.Host.Hosting.Problems;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace CradleToCareer.Host.Hosting;

/// <summary>
/// A token bucket per client (by the token's <c>client_id</c>; per remote address for callers without a
/// token). Over it: <c>429</c> problem+json with <c>Retry-After</c>. Sized by <see cref="RateLimitOptions"/>.
/// The anonymous outcome routes add a bucket per address (<see cref="PublicFiguresRateLimit"/>); the token endpoint adds its own limits (<see cref="TokenEndpointRateLimit"/>, <see cref="TokenLockout"/>,
/// <see cref="SecretChecks"/>).
/// </summary>
internal static class RateLimits
{
    public static void AddPerClientRateLimits(this IServiceCollection services)
    {
        services.AddValidatedOptions<RateLimitOptions, RateLimitOptionsValidator>(RateLimitOptions.Section);
        services.AddSingleton<TokenLockout>();
        services.AddSingleton<SecretChecks>();
        services.AddRateLimiter(options =>
        {
            options.OnRejected = RejectAsync;
            options.AddPolicy<string, TokenEndpointRateLimit>(TokenEndpointRateLimit.Name);
            options.AddPolicy<string, PublicFiguresRateLimit>(PublicFiguresRateLimit.Name);
        });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitOptions>>((options, limits) =>
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                RateLimitPartition.GetTokenBucketLimiter(PartitionKey(context), _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = limits.Value.BucketSize,
                    TokensPerPeriod = limits.Value.RequestsPerSecond,
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                })));
    }

    private static string PartitionKey(HttpContext context) =>
        CallerClaims.ClientIdOf(context.User) is { Length: > 0 } clientId
            ? "client:" + clientId
            : "address:" + CallerAddress.Of(context);

    internal static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        RetryAfter.Set(context.Response, rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1));
        await TypedResults.Problem(
                "This client sent more requests than its rate limit allows. Wait for the Retry-After seconds and send again.",
                statusCode: StatusCodes.Status429TooManyRequests,
                title: "Too many requests")
            .ExecuteAsync(context);
    }
}
