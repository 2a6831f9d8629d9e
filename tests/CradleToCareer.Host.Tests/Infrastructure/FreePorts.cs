using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace CradleToCareer.Host.Tests.Infrastructure;

/// <summary>
/// Ports for listeners a test starts later (silos, gateways, host processes). They come from below the kernel's
/// ephemeral range: a port taken from that range can be picked as the local end of an outgoing connection
/// (a database or HTTP client) between the moment it is handed out and the moment the listener binds it.
/// </summary>
internal static class FreePorts
{
    private const int Lowest = 10_000;

    /// <summary>Every port handed out in this test run, so two listeners never share one.</summary>
    private static readonly ConcurrentDictionary<int, bool> Given = new();

    private static readonly int EphemeralStart = ReadEphemeralStart();

    private static int _next = Random.Shared.Next(EphemeralStart - Lowest);

    /// <summary>A TCP port on loopback below the ephemeral range that nothing listens on now and no earlier call gave.</summary>
    public static int Next()
    {
        for (var tried = 0; tried < EphemeralStart - Lowest; tried++)
        {
            var port = Lowest + (int)((uint)Interlocked.Increment(ref _next) % (uint)(EphemeralStart - Lowest));
            if (Given.TryAdd(port, true) && CanListenOn(port))
            {
                return port;
            }
        }

        throw new InvalidOperationException($"No free loopback port between {Lowest} and {EphemeralStart}.");
    }

    private static bool CanListenOn(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    /// <summary>The first port of the kernel's ephemeral range (Linux's default when it cannot be read).</summary>
    private static int ReadEphemeralStart()
    {
        const int linuxDefault = 32_768;
        try
        {
            var first = File.ReadAllText("/proc/sys/net/ipv4/ip_local_port_range").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)[0];
            return int.TryParse(first, out var start) && start > Lowest + 1_000 ? start : linuxDefault;
        }
        catch (IOException)
        {
            return linuxDefault;
        }
    }
}
