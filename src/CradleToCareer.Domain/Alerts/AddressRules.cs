using System.Net;
using System.Net.Sockets;

namespace CradleToCareer.Domain.Alerts;

/// <summary>
/// Which addresses a webhook may be delivered to. Used on the URL when a subscription is made, and again by the
/// sender on every address a host name resolves to, since a public name can point at a private address.
/// IPv4-mapped IPv6 addresses (<c>::ffff:a.b.c.d</c>) are judged as the IPv4 address they carry.
/// </summary>
public static class AddressRules
{
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
            return ClassifyIPv4(address.MapToIPv4().GetAddressBytes());
        }

        return address.AddressFamily == AddressFamily.InterNetwork
            ? ClassifyIPv4(address.GetAddressBytes())
            : ClassifyIPv6(address);
    }

    private static AddressScope ClassifyIPv4(byte[] octets) => (octets[0], octets[1]) switch
    {
        (0, _) => AddressScope.Unspecified,
        (127, _) => AddressScope.Loopback,
        (169, 254) => AddressScope.LinkLocal,
        (10, _) or (192, 168) => AddressScope.Private,
        (172, var second) when (second & 0xF0) == 16 => AddressScope.Private,
        (100, var second) when (second & 0xC0) == 64 => AddressScope.Private,
        (>= 224, _) => AddressScope.NotUnicast,
        _ => AddressScope.Public,
    };

    private static AddressScope ClassifyIPv6(IPAddress address)
    {
        if (address.Equals(IPAddress.IPv6Loopback))
        {
            return AddressScope.Loopback;
        }

        if (address.Equals(IPAddress.IPv6Any))
        {
            return AddressScope.Unspecified;
        }

        var bytes = address.GetAddressBytes();
        return (bytes[0], bytes[1] & 0xC0) switch
        {
            (0xFE, 0x80) => AddressScope.LinkLocal,
            (0xFE, 0xC0) => AddressScope.Private,
            (0xFC or 0xFD, _) => AddressScope.Private,
            (0xFF, _) => AddressScope.NotUnicast,
            _ => AddressScope.Public,
        };
    }
}
