using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;

namespace CradleToCareer.Host.Hosting;

/// <summary>
/// Every problem says what was wrong: answers the framework makes itself (no token, wrong role, a body
/// that cannot be read, an unknown route) get a <c>detail</c>; an unreadable JSON body says where.
/// </summary>
internal static class ProblemDefaults
{
    public static void AddDetailedProblems(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
            context.ProblemDetails.Detail ??= DefaultDetail(context.ProblemDetails.Status ?? context.HttpContext.Response.StatusCode));
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.AddExceptionHandler<BadRequestHandler>();
    }

    private static string? DefaultDetail(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "The request could not be read.",
        StatusCodes.Status401Unauthorized => "This route needs a valid bearer token from POST /oauth/token (missing, expired or not ours).",
        StatusCodes.Status403Forbidden => "The token's roles do not allow this route.",
        StatusCodes.Status404NotFound => "Nothing is at this address.",
        StatusCodes.Status405MethodNotAllowed => "This route does not take this HTTP method.",
        StatusCodes.Status415UnsupportedMediaType => "This route takes application/json.",
        _ => null,
    };

    /// <summary>A body the framework could not bind: 400 (or its own status) saying where reading failed.</summary>
    private sealed class BadRequestHandler(IProblemDetailsService problems) : IExceptionHandler
    {
        public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
        {
            if (exception is not BadHttpRequestException bad || context.Response.HasStarted)
            {
                return false;
            }

            context.Response.StatusCode = bad.StatusCode;
            return await problems.TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails =
                {
                    Status = bad.StatusCode,
                    Title = "The request body could not be read",
                    Detail = bad.InnerException is JsonException json
                        ? $"The body is not valid JSON for this route (at {json.Path ?? "$"}, line {json.LineNumber + 1}, byte {json.BytePositionInLine + 1})."
                        : "The body is missing or not JSON for this route.",
                },
            });
        }
    }
}
