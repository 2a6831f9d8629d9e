using CradleToCareer.Abstractions;
using CradleToCareer.Domain.Alerts;
using CradleToCareer.Grains.Alerts;
using CradleToCareer.Host.Api;
using CradleToCareer.Storage.Access.Signing;
using CradleToCareer.Storage.Alerts;
using CradleToCareer.Storage.Disclosures;

namespace CradleToCareer.Host.Alerts;

/// <summary>
/// <c>GET /v1/alerts/stream</c>: the caller's alerts as Server-Sent Events, live. Each event is one alert, its
/// <c>id:</c> the alert id, its <c>event:</c> the alert type, its <c>data:</c> the same CloudEvents JSON a webhook
/// receives. A client that reconnects with <c>Last-Event-ID</c> gets every alert recorded after that one from the
/// durable alert record; without it the stream starts at the newest alert. An alert is sent only if the student's
/// consent to the caller's organization covers <c>alerts</c> at that moment, and each one sent is a disclosure.
/// </summary>
public static class AlertStreamApi
{
    public const string Route = "/v1/alerts/stream";
    private const int PageSize = 200;
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(15);

    /// <summary>How long after an alert is recorded its transaction is taken to have committed, if it ever will.</summary>
    private static readonly TimeSpan CommitSlack = TimeSpan.FromSeconds(5);

    public static IEndpointRouteBuilder MapAlertStreamApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet(Route, StreamAsync)
            .WithTags("Alerts")
            .WithName("StreamAlerts")
            .WithSummary("Server-Sent Events of the milestone and risk alerts of the students who consent to alerts for the caller's organization")
            .RequireAuthorization(SubscriptionsApi.SubscriberPolicy)
            .Produces<string>(StatusCodes.Status200OK, "text/event-stream")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return routes;
    }

    private static async Task<IResult> StreamAsync(
        HttpContext context, IAlertLog alerts, IClusterClient cluster, IDisclosureRecord disclosures, AlertPulse pulse, TimeProvider clock)
    {
        var cancellationToken = context.RequestAborted;
        var lastEventId = context.Request.Headers["Last-Event-ID"].ToString();
        long? start = lastEventId.Length == 0
            ? await alerts.LastSeqAsync(cancellationToken)
            : await alerts.SeqOfAsync(lastEventId, cancellationToken);
        if (start is not { } cursor)
        {
            return TypedResults.Problem(
                "Last-Event-ID names no alert this service recorded; reconnect without it to start from the newest alert.",
                statusCode: StatusCodes.Status400BadRequest, title: "Unknown Last-Event-ID");
        }

        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers["X-Accel-Buffering"] = "no";
        try
        {
            await SendAsync(context, cursor, alerts, cluster, disclosures, pulse, clock);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The client went away: the stream ends here, and its Last-Event-ID says where to resume.
        }

        return TypedResults.Empty;
    }

    private static async Task SendAsync(
        HttpContext context, long cursor, IAlertLog alerts, IClusterClient cluster, IDisclosureRecord disclosures, AlertPulse pulse, TimeProvider clock)
    {
        var cancellationToken = context.RequestAborted;
        var organizationId = context.User.FindFirst(AccessTokenClaimNames.Organization)?.Value ?? "";
        await WriteAsync(context, ": stream open\n\n", cancellationToken);
        var lastWrite = clock.GetUtcNow();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (!cancellationToken.IsCancellationRequested)
        {
            var recorded = pulse.Next;
            var unsettled = await ReadAllAfterAsync(alerts, cursor, cancellationToken);
            var news = 0;
            foreach (var alert in unsettled.Where(alert => seen.Add(alert.AlertId)))
            {
                news++;
                var consent = await cluster.GetGrain<IStudentGrain>(alert.PersonId).ConsentCoveringAsync(organizationId, AlertEvent.ConsentScope);
                if (consent is not null)
                {
                    await disclosures.RecordAsync(context, alert.PersonId, AlertEvent.ConsentScope, consent, clock, cancellationToken);
                    await WriteAsync(context, Frame(alert), cancellationToken);
                    lastWrite = clock.GetUtcNow();
                }
            }

            cursor = SettledCursor(unsettled, cursor, seen, clock.GetUtcNow() - CommitSlack);
            if (news == 0)
            {
                await Task.WhenAny(recorded, Task.Delay(PollInterval, cancellationToken));
            }

            if (clock.GetUtcNow() - lastWrite >= Heartbeat)
            {
                await WriteAsync(context, ": keep-alive\n\n", cancellationToken);
                lastWrite = clock.GetUtcNow();
            }
        }
    }

    /// <summary>Every alert after the cursor, page by page: the cursor trails by <see cref="CommitSlack"/>, so this stays short.</summary>
    private static async Task<List<RecordedAlert>> ReadAllAfterAsync(IAlertLog alerts, long cursor, CancellationToken cancellationToken)
    {
        var all = new List<RecordedAlert>();
        IReadOnlyList<RecordedAlert> page;
        do
        {
            page = await alerts.ReadAfterAsync(all.Count == 0 ? cursor : all[^1].Seq, PageSize, cancellationToken);
            all.AddRange(page);
        }
        while (page.Count == PageSize);

        return all;
    }

    /// <summary>
    /// Moves the cursor over the alerts recorded before <paramref name="settledBefore"/> and forgets them. Sequence
    /// numbers are drawn before commit, so a younger alert may still be joined by a lower-numbered one committing late;
    /// the cursor stays behind the young ones and <paramref name="seen"/> keeps them from being sent twice.
    /// </summary>
    private static long SettledCursor(IReadOnlyList<RecordedAlert> page, long cursor, HashSet<string> seen, DateTimeOffset settledBefore)
    {
        foreach (var alert in page.TakeWhile(alert => alert.RecordedAt < settledBefore))
        {
            cursor = alert.Seq;
            seen.Remove(alert.AlertId);
        }

        return cursor;
    }

    private static string Frame(RecordedAlert alert) =>
        $"id: {alert.AlertId}\nevent: {AlertTypes.Of(alert.Kind)}\ndata: {System.Text.Encoding.UTF8.GetString(alert.Body)}\n\n";

    private static async Task WriteAsync(HttpContext context, string text, CancellationToken cancellationToken)
    {
        await context.Response.WriteAsync(text, cancellationToken);
        await context.Response.Body.FlushAsync(cancellationToken);
    }
}
