using CradleToCareer.Host.Hosting.Settings;
using Microsoft.AspNetCore.HttpOverrides;

namespace CradleToCareer.Host.Hosting;

/// <summary>
/// Behind trusted proxies (<see cref="ProxyOptions"/>), a request's address and scheme are the ones they forwarded:
/// walking <c>X-Forwarded-For</c> from its end, each hop added by a trusted proxy is passed over, and the first address
/// that is not a trusted proxy is the caller's. So the per-address rate limits count callers, not the ingress, and a
/// caller cannot pick its own address by sending the header itself: only a trusted proxy's word is taken.
/// </summary>
internal static class ForwardedAddresses
{
    public static IServiceCollection AddForwardedAddresses(this IServiceCollection services) =>
        services.AddValidatedOptions<ProxyOptions, ProxyOptionsValidator>(ProxyOptions.Section);

    /// <summary>Reads forwarded headers when proxies are trusted; does nothing otherwise.</summary>
    public static void UseForwardedAddresses(this WebApplication app)
    {
        var proxies = app.Services.OptionsValue<ProxyOptions>();
        if (!proxies.Entries.Any())
        {
            return;
        }

        var options = new ForwardedHeadersOptions
        {
            ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto,
            ForwardLimit = null,
        };
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var entry in proxies.Entries)
        {
            ProxyOptions.TryParse(entry, out var network);
            options.KnownIPNetworks.Add(network);
        }

        app.UseForwardedHeaders(options);
    }
}
