using CradleToCareer.Host.Hosting.Settings;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace CradleToCareer.Host.Hosting;

/// <summary>
/// The limits on a request's address and headers: ours (<see cref="RequestLimitOptions"/>, answered with
/// problem+json by <see cref="RequestLimitsMiddleware"/>) and Kestrel's, set above ours.
/// </summary>
internal static class RequestLimits
{
    public static void AddRequestLimits(this IServiceCollection services)
    {
        services.AddValidatedOptions<RequestLimitOptions, RequestLimitOptionsValidator>(RequestLimitOptions.Section);
        services.AddOptions<KestrelServerOptions>().Configure<IOptions<RequestLimitOptions>>((kestrel, limits) =>
        {
            // The request line holds the method and the version around the address: a little room for them.
            kestrel.Limits.MaxRequestLineSize = limits.Value.MaxUrlLength * RequestLimitOptions.KestrelFactor + 64;
            kestrel.Limits.MaxRequestHeadersTotalSize = limits.Value.MaxHeaderBytes * RequestLimitOptions.KestrelFactor;
            kestrel.Limits.MaxRequestHeaderCount = limits.Value.MaxHeaderCount * RequestLimitOptions.KestrelFactor;
        });
    }
}
