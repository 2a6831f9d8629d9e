using System.Net;
using System.Net.Sockets;

namespace CradleToCareer.Host.Hosting.Settings;

/// <summary>The Orleans cluster this host joins and the ports its silo listens on (<c>C2C:Cluster</c>).</summary>
public sealed class SiloOptions
{
    public const string Section = "C2C:Cluster";

    public string ClusterId { get; set; } = "c2c";

    public string ServiceId { get; set; } = "cradle-to-career";

    public int SiloPort { get; set; } = 11111;

    public int GatewayPort { get; set; } = 30000;

    /// <summary>
    /// How long a grain call may take before it fails (Orleans' response timeout). A request waiting on such a call
    /// is answered <c>503</c> with <c>Retry-After</c> when it runs out, so no request hangs longer than this.
    /// </summary>
    public int ResponseTimeoutSeconds { get; set; } = 30;

    /// <summary>
    /// How long a grain may sit idle before its silo deactivates it (Orleans' collection age), in minutes; 15 is Orleans'
    /// own default. Every student seen keeps a grain in memory this long, so a bulk load of new students holds about
    /// this many minutes of them at once: lower it for large loads on a small machine (docs/operations.md).
    /// </summary>
    public int IdleGrainMinutes { get; set; } = 15;

    /// <summary>The address other silos reach this one on: an IP address or a host name; unset means the machine's address.</summary>
    public string? AdvertisedAddress { get; set; }

    public bool HasAdvertisedAddress => !string.IsNullOrWhiteSpace(AdvertisedAddress);

    /// <summary>
    /// Whether the silo runs in a Kubernetes pod (Orleans' Kubernetes hosting): its name and advertised address come
    /// from the pod (<c>POD_NAME</c>, <c>POD_IP</c>), and silos whose pods are gone are declared dead at once instead of
    /// after the probe timeouts. Membership stays ADO.NET on PostgreSQL, so it needs <c>ConnectionStrings:Postgres</c>.
    /// </summary>
    public bool Kubernetes { get; set; }

    /// <summary>The advertised address as an IP address (a host name's first IPv4 address); null when unset or unresolvable.</summary>
    public IPAddress? AdvertisedIPAddress()
    {
        if (!HasAdvertisedAddress)
        {
            return null;
        }

        if (IPAddress.TryParse(AdvertisedAddress, out var address))
        {
            return address;
        }

        try
        {
            return Dns.GetHostAddresses(AdvertisedAddress!).FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork);
        }
        catch (SocketException)
        {
            return null;
        }
    }
}
