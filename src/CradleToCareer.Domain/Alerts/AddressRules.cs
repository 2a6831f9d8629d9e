using System.Net;
using System.Net.Sockets;

namespace CradleToCareer.Domain.Alerts;

/// <summary>
/// Which addresses a webhook may be delivered to: the one home of that rule. Used on the URL when a subscription is
/// made, and again by the sender on every address a host name resolves to, since a public name can point at a
/// private address. Every block of the IANA IPv4 and IPv6 special-purpose address registries is refused, those the
/// registry calls globally reachable too (AS112, AMT, anycast service addresses: none of them is a webhook receiver),
/// and so are multicast and all IPv6 space outside global unicast 2000::/3. Two IPv6 blocks are judged by the IPv4
/// address they carry: IPv4-mapped <c>::ffff:a.b.c.d</c>, and NAT64 <c>64:ff9b::a.b.c.d</c> (an IPv6-only host
/// reaches public IPv4 receivers through it, and the translator reaches exactly the IPv4 address written in it).
/// </summary>
public static class AddressRules
{
    private static readonly IPNetwork NatSixtyFour = IPNetwork.Parse("64:ff9b::/96");
    private static readonly IPNetwork GlobalUnicast = IPNetwork.Parse("2000::/3");

    /// <summary>The IPv4 blocks that are not public, most specific first.</summary>
    private static readonly (IPNetwork Block, AddressScope Scope)[] IPv4Blocks =
    [
        Block("0.0.0.0/8", AddressScope.Unspecified),
        Block("10.0.0.0/8", AddressScope.Private),
        Block("100.64.0.0/10", AddressScope.Private),
        Block("127.0.0.0/8", AddressScope.Loopback),
        Block("169.254.0.0/16", AddressScope.LinkLocal),
        Block("172.16.0.0/12", AddressScope.Private),
        Block("192.0.0.0/24", AddressScope.Reserved),
        Block("192.0.2.0/24", AddressScope.Documentation),
        Block("192.31.196.0/24", AddressScope.Reserved),
        Block("192.52.193.0/24", AddressScope.Reserved),
        Block("192.88.99.0/24", AddressScope.Reserved),
        Block("192.168.0.0/16", AddressScope.Private),
        Block("192.175.48.0/24", AddressScope.Reserved),
        Block("198.18.0.0/15", AddressScope.Benchmarking),
        Block("198.51.100.0/24", AddressScope.Documentation),
        Block("203.0.113.0/24", AddressScope.Documentation),
        Block("224.0.0.0/4", AddressScope.NotUnicast),
        Block("255.255.255.255/32", AddressScope.NotUnicast),
        Block("240.0.0.0/4", AddressScope.Reserved),
    ];

    /// <summary>The IPv6 blocks that are not public, most specific first; anything outside 2000::/3 is reserved too.</summary>
    private static readonly (IPNetwork Block, AddressScope Scope)[] IPv6Blocks =
    [
        Block("::/128", AddressScope.Unspecified),
        Block("::1/128", AddressScope.Loopback),
        Block("64:ff9b:1::/48", AddressScope.Translation),
        Block("100::/64", AddressScope.Reserved),
        Block("2001::/32", AddressScope.Translation),
        Block("2001:2::/48", AddressScope.Benchmarking),
        Block("2001::/23", AddressScope.Reserved),
        Block("2001:db8::/32", AddressScope.Documentation),
        Block("2002::/16", AddressScope.Translation),
        Block("2620:4f:8000::/48", AddressScope.Reserved),
        Block("3fff::/20", AddressScope.Documentation),
        Block("fc00::/7", AddressScope.Private),
        Block("fe80::/10", AddressScope.LinkLocal),
        Block("fec0::/10", AddressScope.Private),
        Block("ff00::/8", AddressScope.NotUnicast),
    ];

    /// <summary>True unless the address is public, or it is a loopback address and loopback is allowed.</summary>
    public static bool IsForbidden(IPAddress address, bool allowLoopback)
    {
        var scope = Classify(address);
        return scope != AddressScope.Public && !(allowLoopback && scope == AddressScope.Loopback);
    }

    public static AddressScope Classify(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6)
        {
            return Classify(address.MapToIPv4());
        }

        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            return ScopeIn(IPv4Blocks, address) ?? AddressScope.Public;
        }

        if (NatSixtyFour.Contains(address))
        {
            return Classify(new IPAddress(address.GetAddressBytes()[12..]));
        }

        return ScopeIn(IPv6Blocks, address) ?? (GlobalUnicast.Contains(address) ? AddressScope.Public : AddressScope.Reserved);
    }

    private static AddressScope? ScopeIn((IPNetwork Block, AddressScope Scope)[] blocks, IPAddress address)
    {
        foreach (var (block, scope) in blocks)
        {
            if (block.Contains(address))
            {
                return scope;
            }
        }

        return null;
    }

    private static (IPNetwork, AddressScope) Block(string prefix, AddressScope scope) => (IPNetwork.Parse(prefix), scope);
}
