namespace CradleToCareer.Domain.Alerts;

/// <summary>
/// Where an IP address points, as far as webhook delivery cares. Every scope but <see cref="Public"/> is one of the
/// IANA special-purpose blocks (or multicast, or IPv6 space outside global unicast) and is never delivered to;
/// <see cref="AddressRules"/> lists which block has which scope.
/// </summary>
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

    /// <summary>Multicast (224.0.0.0/4, ff00::/8) and the 255.255.255.255 broadcast: never an HTTP server.</summary>
    NotUnicast,

    /// <summary>Documentation examples: 192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24, 2001:db8::/32, 3fff::/20.</summary>
    Documentation,

    /// <summary>Benchmarking networks: 198.18.0.0/15 and 2001:2::/48.</summary>
    Benchmarking,

    /// <summary>
    /// Addresses that carry another address for a translator or tunnel to reach: 6to4 (2002::/16), Teredo
    /// (2001::/32) and local-use NAT64 (64:ff9b:1::/48). Which host they reach is up to someone else's relay.
    /// </summary>
    Translation,

    /// <summary>
    /// Everything else set aside: IETF protocol assignments (192.0.0.0/24, 2001::/23), the AS112 and AMT anycast
    /// blocks, the old 6to4 relay anycast 192.88.99.0/24, 240.0.0.0/4, the discard prefix 100::/64, and IPv6 space
    /// outside global unicast 2000::/3.
    /// </summary>
    Reserved,
}
