using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using CradleToCareer.LoadTool.Cli;

namespace CradleToCareer.LoadTool.Webhooks;

/// <summary>
/// A webhook endpoint: an <see cref="HttpListener"/> on 127.0.0.1 (so the host needs
/// <c>C2C__Webhooks__AllowLoopback=true</c>). Each POST is timed on arrival, read to the end and handed to the run's
/// <see cref="IWebhookJudge"/>, whose status is the answer (with no body); any other method is answered 405.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    /// <summary>Requests served at once; the service delivers several webhooks in parallel.</summary>
    public const int Workers = 16;

    private readonly HttpListener _listener = new();
    private readonly IWebhookJudge _judge;
    private readonly Task[] _workers;

    private WebhookReceiver(int port, string path, IWebhookJudge judge)
    {
        _judge = judge;
        Url = new Uri($"http://127.0.0.1:{port}/{path}");
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

    /// <summary>The URL to give the service: the port and <c>path</c> it was started with.</summary>
    public Uri Url { get; }

    /// <summary>
    /// Starts listening on <paramref name="port"/>, or on a free port when it is 0; every path of the port is served,
    /// <paramref name="path"/> only names the <see cref="Url"/>.
    /// </summary>
    public static WebhookReceiver Start(int port, string path, IWebhookJudge judge) => new(port == 0 ? FreePort() : port, path, judge);

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
        var headers = request.Headers;
        return await _judge.JudgeAsync(
            new ReceivedWebhook(headers["webhook-id"], headers["webhook-timestamp"], headers["webhook-signature"], buffer.ToArray(), arrival));
    }
}
