using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using CradleToCareer.LoadTool.Cli;

namespace CradleToCareer.LoadTool.Alerts;

/// <summary>
/// The subscriber's endpoint: an <see cref="HttpListener"/> on 127.0.0.1 (so the host needs
/// <c>C2C__Webhooks__AllowLoopback=true</c>). Each POST is timed on arrival, its signature checked, its body read and
/// recorded in the tally, and answered 200 with no body. A wrong signature is answered 401 and a signed body that is
/// not an alert 400, as a real receiver would; both are counted and neither counts as an arrival.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    public const string Path = "alerts";

    /// <summary>Requests served at once; the service delivers several alerts in parallel.</summary>
    public const int Workers = 16;

    private readonly HttpListener _listener = new();
    private readonly AlertTally _tally;
    private readonly Task[] _workers;
    private SignatureCheck? _check;

    private WebhookReceiver(int port, AlertTally tally)
    {
        _tally = tally;
        Url = new Uri($"http://127.0.0.1:{port}/{Path}");
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        try
        {
            _listener.Start();
        }
        catch (HttpListenerException e)
        {
            throw new ToolException($"cannot listen for webhooks on 127.0.0.1:{port}: {e.Message}", e);
        }
        _workers = [.. Enumerable.Range(0, Workers).Select(_ => Task.Run(ServeAsync))];
    }

    /// <summary>The URL to subscribe.</summary>
    public Uri Url { get; }

    /// <summary>Starts listening on <paramref name="port"/>, or on a free port when it is 0.</summary>
    public static WebhookReceiver Start(int port, AlertTally tally) => new(port == 0 ? FreePort() : port, tally);

    /// <summary>The subscription's secret, known once the subscription exists; until then every request fails the check.</summary>
    public void Verify(SignatureCheck check) => Volatile.Write(ref _check, check);

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        await Task.WhenAll(_workers);
        _listener.Close();
    }

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            try
            {
                context.Response.StatusCode = await JudgeAsync(context.Request);
                context.Response.ContentLength64 = 0;
                context.Response.Close();
            }
            catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException)
            {
                context.Response.Abort();
            }
        }
    }

    private async Task<int> JudgeAsync(HttpListenerRequest request)
    {
        var arrival = Stopwatch.GetTimestamp();
        if (request.HttpMethod != "POST")
        {
            return (int)HttpStatusCode.MethodNotAllowed;
        }
        using var buffer = new MemoryStream();
        await request.InputStream.CopyToAsync(buffer);
        var body = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        var alertId = request.Headers["webhook-id"];
        if (Volatile.Read(ref _check) is not { } check
            || !check.Verify(alertId, request.Headers["webhook-timestamp"], request.Headers["webhook-signature"], body))
        {
            _tally.SignatureFailed();
            return (int)HttpStatusCode.Unauthorized;
        }
        if (AlertBody.TryRead(body) is not { } alert || alert.Id != alertId)
        {
            _tally.Malformed();
            return (int)HttpStatusCode.BadRequest;
        }
        _tally.Delivered(alert.Id, alert.Type, new MilestoneKey(alert.PersonId, alert.MilestoneId), arrival);
        return (int)HttpStatusCode.OK;
    }
}
