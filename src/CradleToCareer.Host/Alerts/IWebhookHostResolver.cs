using System.Net;

namespace CradleToCareer.Host.Alerts;

/// <summary>
/// Turns a webhook host name into addresses for the sender, which judges each one (<see cref="Domain.Alerts.AddressRules"/>)
/// before connecting. A name that does not resolve throws a <see cref="System.Net.Sockets.SocketException"/>.
/// </summary>
public interface IWebhookHostResolver
{
    Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken);
}

/// <summary>The system resolver (DNS).</summary>
public sealed class DnsWebhookHostResolver : IWebhookHostResolver
{
    public Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken) => Dns.GetHostAddressesAsync(host, cancellationToken);
}
