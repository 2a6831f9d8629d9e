using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace CradleToCareer.Host.Tests.Infrastructure;

internal static class FreePorts
{
    /// <summary>Every port handed out in this test run: the system may offer a released port again at once.</summary>
    private static readonly ConcurrentDictionary<int, bool> Given = new();

    /// <summary>A TCP port on loopback that nothing listens on right now and that no earlier call of this run gave.</summary>
    public static int Next()
    {
        while (true)
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            if (Given.TryAdd(port, true))
            {
                return port;
            }
        }
    }
}
