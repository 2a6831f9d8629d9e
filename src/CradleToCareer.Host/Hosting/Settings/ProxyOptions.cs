using System.Net;

namespace CradleToCareer.Host.Hosting.Settings;

/// <summary>
/// <c>C2C:Network:TrustedProxies</c>: the proxies (an ingress controller, a load balancer) whose
/// <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> the service believes, as a comma-separated list of addresses and
/// networks (<c>10.0.0.0/8, 192.0.2.10</c>). Empty by default: no forwarded header is read, and a request's address is
/// the connection's.
/// </summary>
public sealed class ProxyOptions
{
    public const string Section = "C2C:Network";

    public string TrustedProxies { get; set; } = "";

    /// <summary>The entries of <see cref="TrustedProxies"/>, trimmed, without empty ones.</summary>
    public IEnumerable<string> Entries =>
        TrustedProxies.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>An entry as a network: an address alone is a network of that one address.</summary>
    public static bool TryParse(string entry, out IPNetwork network)
    {
        if (IPAddress.TryParse(entry, out var address) && !entry.Contains('/', StringComparison.Ordinal))
        {
            network = new IPNetwork(address, address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? 128 : 32);
            return true;
        }

        return IPNetwork.TryParse(entry, out network);
    }
}
