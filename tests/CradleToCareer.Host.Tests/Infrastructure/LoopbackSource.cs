using System.Net;
using System.Net.Sockets;

namespace CradleToCareer.Host.Tests.Infrastructure;

/// <summary>
/// Clients that connect from another loopback address (127.0.0.2, 127.0.0.3 …), so a test can play callers at
/// different addresses against one host. Linux routes the whole of 127.0.0.0/8 to the loopback interface.
/// </summary>
public static class LoopbackSource
{
    public static HttpClient From(Uri baseAddress, string localAddress)
    {
        var handler = new SocketsHttpHandler
        {
            ConnectCallback = async (context, cancellationToken) =>
            {
                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    socket.Bind(new IPEndPoint(IPAddress.Parse(localAddress), 0));
                    await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        return new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
    }
}
