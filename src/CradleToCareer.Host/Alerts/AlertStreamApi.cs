using Microsoft.AspNetCore.Http.HttpResults;
using CradleToCareer.Application.Alerts;
using CradleToCareer.Host.Access;

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
    
    public static IEndpointRouteBuilder MapAlertStreamApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/stream", StreamAsync)
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

    private static async Task<Results<EmptyHttpResult, ProblemHttpResult>> StreamAsync(HttpContext context, StreamAlerts stream, TimeProvider clock)
    {
        var cancellationToken = context.RequestAborted;
        if (await stream.StartAsync(context.Request.Headers["Last-Event-ID"].ToString(), cancellationToken) is not { } cursor)
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
            var sink = new ServerSentAlerts(context.Response, clock);
            await sink.OpenAsync(cancellationToken);
            await stream.RunAsync(context.User.ToCaller(), cursor, sink, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The client went away: the stream ends here, and its Last-Event-ID says where to resume.
        }

        return TypedResults.Empty;
    }
}
