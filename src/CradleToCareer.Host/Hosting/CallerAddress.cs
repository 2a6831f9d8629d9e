using System.Net;

namespace CradleToCareer.Host.Hosting;

/// <summary>
/// The address a request is counted under: an IPv4 address as it is, an IPv6 address by its /64 network,
/// since one host commonly holds a whole /64 and could otherwise change address at will.
/// </summary>
internal static class CallerAddress
{
    public static string Of(HttpContext context) => Of(context.Connection.RemoteIpAddress);

    public static string Of(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4().ToString();
        }

        if (address.AddressFamily != System.Net.Sockets.AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
