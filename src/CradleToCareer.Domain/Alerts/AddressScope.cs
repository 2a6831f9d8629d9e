namespace CradleToCareer.Domain.Alerts;

/// <summary>Where an IP address points, as far as webhook delivery cares.</summary>
public enum AddressScope
{
    /// <summary>A public unicast address: the only kind a webhook may reach.</summary>
    Public,

    /// <summary>127.0.0.0/8 and ::1.</summary>
    Loopback,

    /// <summary>169.254.0.0/16 (cloud metadata services live here) and fe80::/10.</summary>
    LinkLocal,

    /// <summary>10/8, 172.16/12, 192.168/16, 100.64/10 (carrier-grade NAT), fc00::/7 and the old site-local fec0::/10.</summary>
    Private,

    /// <summary>0.0.0.0/8 ("this host/network"; 0.0.0.0 reaches the local host on many systems) and ::.</summary>
    Unspecified,

    /// <summary>Multicast, the reserved 240.0.0.0/4 block and the 255.255.255.255 broadcast: never an HTTP server.</summary>
    NotUnicast,
}
