using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using CradleToCareer.Application.Alerts;
using CradleToCareer.Domain.Alerts;

namespace CradleToCareer.Host.Alerts;

/// <summary>
/// POSTs one signed alert. Every address the URL's host resolves to is judged again at connection time
/// (<see cref="AddressRules"/>), so a name that moved to a private address since the subscription was made is not
/// reached; redirects are not followed, for the same reason. Answers the status code, or null when there was none
/// (refused address, connection failure, timeout).
/// </summary>
public sealed class WebhookSender(HttpClient http, TimeProvider clock) : IWebhookSender
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    /// <summary>The handler behind the sender's client: address checks, no redirects, pooled connections.</summary>
    public static SocketsHttpHandler CreateHandler(WebhookOptions settings) => new()
    {
        AllowAutoRedirect = false,
        UseCookies = false,
        ConnectTimeout = Timeout,
        PooledConnectionLifetime = TimeSpan.FromMinutes(2),
        ConnectCallback = (context, cancellationToken) => ConnectAsync(context, settings.AllowLoopback, cancellationToken),
    };

    public async Task<int?> SendAsync(string url, string alertId, byte[] key, byte[] body, CancellationToken cancellationToken)
    {
        var timestamp = clock.GetUtcNow();
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add("webhook-id", alertId);
        request.Headers.Add("webhook-timestamp", WebhookSignature.TimestampHeader(timestamp));
        request.Headers.Add("webhook-signature", WebhookSignature.Sign(key, alertId, timestamp, body));
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            return (int)response.StatusCode;
        }
        catch (Exception exception) when (exception is HttpRequestException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }

    private static async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, bool allowLoopback, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, cancellationToken);
        var allowed = addresses.Where(address => !AddressRules.IsForbidden(address, allowLoopback)).ToArray();
        if (allowed.Length == 0)
        {
            throw new HttpRequestException($"The webhook host resolves to no address that deliveries may reach.");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
