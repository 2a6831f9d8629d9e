using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CradleToCareer.Host.Tests.Infrastructure;

/// <summary>A real HTTP webhook receiver on a loopback port: it keeps every request and answers as told.</summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ReceivedWebhook> _received = new();
    private readonly SemaphoreSlim _arrived = new(0);

    private WebhookReceiver(WebApplication app) => _app = app;

    /// <summary>Where subscriptions point: <c>http://127.0.0.1:port/hooks</c>.</summary>
    public Uri Url { get; private set; } = null!;

    /// <summary>The status code for each request as it arrives (default 204).</summary>
    public Func<ReceivedWebhook, int> Answer { get; set; } = _ => StatusCodes.Status204NoContent;

    public IReadOnlyList<ReceivedWebhook> Received => [.. _received];

    public static async Task<WebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new WebhookReceiver(app);
        app.MapPost("/hooks", receiver.ReceiveAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        receiver.Url = new Uri(new Uri(address), "/hooks");
        return receiver;
    }

    /// <summary>Waits until a request matching <paramref name="match"/> has arrived; fails the test after <paramref name="timeout"/>.</summary>
    public async Task<ReceivedWebhook> WaitForAsync(Func<ReceivedWebhook, bool> match, TimeSpan? timeout = null)
    {
        using var deadline = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(20));
        while (true)
        {
            if (_received.FirstOrDefault(match) is { } found)
            {
                return found;
            }

            try
            {
                await _arrived.WaitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"No matching webhook arrived; {_received.Count} others did.");
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task ReceiveAsync(HttpContext context)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer);
        var headers = context.Request.Headers;
        var received = new ReceivedWebhook(
            headers["webhook-id"].ToString(), headers["webhook-timestamp"].ToString(), headers["webhook-signature"].ToString(),
            headers.ContentType.ToString(), buffer.ToArray(), DateTimeOffset.UtcNow);
        var status = Answer(received);
        _received.Enqueue(received with { AnsweredWith = status });
        _arrived.Release();
        context.Response.StatusCode = status;
    }
}

/// <summary>One request as the receiver got it.</summary>
public sealed record ReceivedWebhook(
    string Id, string Timestamp, string Signature, string ContentType, byte[] Body, DateTimeOffset ArrivedAt, int AnsweredWith = 0)
{
    public JsonObject Json => JsonNode.Parse(Body)!.AsObject();

    public string PersonId => Json["data"]!["personId"]!.GetValue<string>();

    public string MilestoneId => Json["data"]!["milestoneId"]!.GetValue<string>();

    public string Type => Json["type"]!.GetValue<string>();
}
