using Microsoft.AspNetCore.Http.HttpResults;
using CradleToCareer.Application.EventLog;

namespace CradleToCareer.Host.Api;

/// <summary>Liveness (the process answers) and readiness (event log and silo both up).</summary>
public static class HealthApi
{
    public static RouteGroupBuilder MapHealthApi(this RouteGroupBuilder health)
    {
        health.WithTags("Health");
        health.MapGet("/live", () => TypedResults.Ok(new HealthStatus("live", null)))
            .WithSummary("Liveness: the process answers");
        health.MapGet("/ready", ReadyAsync)
            .WithSummary("Readiness: the event log's database and the Orleans cluster are reachable")
            .Produces<HealthStatus>()
            .Produces<HealthStatus>(StatusCodes.Status503ServiceUnavailable);
        return health;
    }

    private static async Task<Results<Ok<HealthStatus>, JsonHttpResult<HealthStatus>>> ReadyAsync(
        IEventLog eventLog, IClusterMembershipService membership, ILocalSiloDetails silo, CancellationToken cancellationToken)
    {
        var logReachable = await eventLog.IsReachableAsync(cancellationToken);
        var siloActive = membership.CurrentSnapshot.GetSiloStatus(silo.SiloAddress) == SiloStatus.Active;
        var status = new HealthStatus(logReachable && siloActive ? "ready" : "not-ready", new(logReachable, siloActive));
        return logReachable && siloActive
            ? TypedResults.Ok(status)
            : TypedResults.Json(status, statusCode: StatusCodes.Status503ServiceUnavailable);
    }

    public sealed record HealthStatus(string Status, HealthChecks? Checks);

    public sealed record HealthChecks(bool EventLog, bool Cluster);
}
