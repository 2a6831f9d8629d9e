using System.Net;

namespace CradleToCareer.Host.Hosting;

/// <summary>
/// Until access control is in place, requests from anywhere but this machine are refused
/// unless <c>C2C:Http:AllowRemote</c> is true.
/// </summary>
public sealed class LoopbackOnlyMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Connection.RemoteIpAddress is { } remote && !IPAddress.IsLoopback(remote))
        {
            await TypedResults.Problem(
                    "This service accepts requests from this machine only until access control is configured. " +
                    "An operator can set C2C:Http:AllowRemote=true to accept others.",
                    statusCode: StatusCodes.Status403Forbidden,
                    title: "Loopback only")
                .ExecuteAsync(context);
            return;
        }

        await next(context);
    }
}
