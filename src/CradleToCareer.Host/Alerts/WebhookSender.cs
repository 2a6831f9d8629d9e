using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using CradleToCareer.Application.Alerts;
using CradleToCareer.Domain.Alerts;

namespace CradleToCareer.Host.Alerts;

/// <summary>
/// POSTs one signed alert. Every address the URL's host resolves to is judged again at connection time
/// (<see cref="AddressRules"/>), so a name that moved to a private address since the subscription was made is not
/// reached; redirects are not followed, for the same reason. The body waits behind the caller's step (the disclosure)
/// until the connection is open. Answers the status code, or why there was none: ordinary network failures by name,
/// anything else with its exception.
/// </summary>
public sealed class WebhookSender(HttpClient http, TimeProvider clock) : IWebhookSender
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    /// <summary>The handler behind the sender's client: address checks, no redirects, pooled connections.</summary>
    public static SocketsHttpHandler CreateHandler(WebhookOptions settings, IWebhookHostResolver resolver) => new()
    {
        AllowAutoRedirect = false,
        UseCookies = false,
        ConnectTimeout = Timeout,
        PooledConnectionLifetime = TimeSpan.FromMinutes(2),
        ConnectCallback = (context, cancellationToken) => ConnectAsync(context, resolver, settings.AllowLoopback, cancellationToken),
    };

    public async Task<WebhookAttempt> SendAsync(WebhookMessage message, Func<Task> beforeTheAlertLeaves, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var timestamp = clock.GetUtcNow();
        using var request = new HttpRequestMessage(HttpMethod.Post, message.Url) { Content = new GatedAlertContent(message.Body, beforeTheAlertLeaves) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add("webhook-id", message.AlertId);
        request.Headers.Add("webhook-timestamp", WebhookSignature.TimestampHeader(timestamp));
        request.Headers.Add("webhook-signature", WebhookSignature.Sign(message.Key, message.AlertId, timestamp, message.Body));
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            return WebhookAttempt.Answered((int)response.StatusCode);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new WebhookAttempt(null, WebhookFailure.TimedOut);
        }
        catch (HttpRequestException exception) when (!cancellationToken.IsCancellationRequested)
        {
            return WebhookFailures.Of(exception);
        }
    }

    private static async ValueTask<Stream> ConnectAsync(
        SocketsHttpConnectionContext context, IWebhookHostResolver resolver, bool allowLoopback, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await ResolveAsync(resolver, host, cancellationToken);
        var allowed = addresses.Where(address => !AddressRules.IsForbidden(address, allowLoopback)).ToArray();
        if (allowed.Length == 0)
        {
            throw new WebhookConnectException(WebhookFailure.AddressRefused);
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch (SocketException exception)
        {
            socket.Dispose();
            var failure = exception.SocketErrorCode == SocketError.ConnectionRefused ? WebhookFailure.ConnectionRefused : WebhookFailure.Unreachable;
            throw new WebhookConnectException(failure, exception);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private static async Task<IPAddress[]> ResolveAsync(IWebhookHostResolver resolver, string host, CancellationToken cancellationToken)
    {
        try
        {
            var addresses = await resolver.ResolveAsync(host, cancellationToken);
            return addresses.Length > 0 ? addresses : throw new WebhookConnectException(WebhookFailure.NameNotResolved);
        }
        catch (SocketException exception)
        {
            throw new WebhookConnectException(WebhookFailure.NameNotResolved, exception);
        }
    }
}
