using System.Net;
using CradleToCareer.LoadTool.Cli;
using CradleToCareer.LoadTool.Http;
using CradleToCareer.LoadTool.Views;

namespace CradleToCareer.LoadTool.Alerts;

/// <summary>The run's webhook subscription to every milestone and risk flag (<c>"*"</c>), and the secret its deliveries are signed with.</summary>
public sealed record Subscription(string Id, string Secret)
{
    public static readonly string[] AllMilestones = ["*"];

    public static async Task<Subscription> CreateAsync(HttpClient http, AccessTokenSource subscriber, Uri url, CancellationToken ct)
    {
        const string what = "POST /v1/subscriptions";
        using var request = SetupHttp.Json(
            HttpMethod.Post, "v1/subscriptions", new { url = url.AbsoluteUri, milestones = AllMilestones }, await subscriber.HeaderAsync(ct));
        byte[] body;
        try
        {
            body = await SetupHttp.SendAsync(http, request, what, ct, HttpStatusCode.Created);
        }
        catch (ToolException e) when (e.Message.StartsWith(what, StringComparison.Ordinal))
        {
            throw new ToolException($"{e.Message} (a webhook on {url.Host} needs the host started with C2C__Webhooks__AllowLoopback=true)", e);
        }
        return new Subscription(SetupHttp.Property(body, "subscriptionId", what), SetupHttp.Property(body, "secret", what));
    }

    /// <summary>Stops the subscription so no later retry of this run reaches a port another program may use; false when that failed.</summary>
    public async Task<bool> StopAsync(HttpClient http, AccessTokenSource subscriber, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Delete, $"v1/subscriptions/{Uri.EscapeDataString(Id)}");
        try
        {
            request.Headers.Authorization = await subscriber.HeaderAsync(ct);
            await SetupHttp.SendAsync(http, request, $"DELETE /v1/subscriptions/{Id}", ct, HttpStatusCode.NoContent, HttpStatusCode.OK);
            return true;
        }
        catch (ToolException)
        {
            return false;
        }
    }
}
