using CradleToCareer.Domain.Access;
using CradleToCareer.Host.Sessions;
using Orleans.Dashboard;

namespace CradleToCareer.Host.Hosting.Telemetry;

/// <summary>
/// The Orleans Dashboard (silos, grain activations and calls, reminders) at <see cref="Path"/> on every silo, for staff
/// signed in to the pages with the admin role, like the admin pages: anyone else is sent to sign in, or refused. It
/// shows nothing of any student: its grain-state page, which would read a grain's stored state (a student's consents),
/// answers 404, and its live log stream is off. Its grain profiler runs only while someone has it open.
/// </summary>
internal static class OrleansDashboard
{
    public const string Path = "/admin/orleans";

    private const string GrainStateRoute = Path + "/GrainState";

    public static void AddOrleansDashboard(this WebApplicationBuilder builder) =>
        builder.UseOrleans(silo => silo.AddDashboard(options => options.HideTrace = true));

    public static void MapOrleansDashboardForAdmins(this WebApplication app) =>
        app.MapOrleansDashboard(Path)
            .RequireAuthorization(PagePolicies.Staff(Roles.Admin))
            .ExcludeFromDescription()
            .AddEndpointFilter(RefuseGrainState);

    private static ValueTask<object?> RefuseGrainState(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        context.HttpContext.GetEndpoint() is RouteEndpoint { RoutePattern.RawText: GrainStateRoute }
            ? ValueTask.FromResult<object?>(TypedResults.NotFound())
            : next(context);
}
