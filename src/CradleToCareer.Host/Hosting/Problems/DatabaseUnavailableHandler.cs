using CradleToCareer.Storage.Postgres;
using Microsoft.AspNetCore.Diagnostics;

namespace CradleToCareer.Host.Hosting.Problems;

/// <summary>
/// The database out of reach is not the caller's fault and may pass: <c>503</c> with <c>Retry-After</c>
/// instead of a bare <c>500</c>. Sending the same events again is always safe.
/// </summary>
internal sealed class DatabaseUnavailableHandler(IProblemDetailsService problems, ILogger<DatabaseUnavailableHandler> logger) : IExceptionHandler
{
    private const string RetryAfterSeconds = "5";

    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (!PostgresFailures.IsUnavailable(exception) || context.Response.HasStarted)
        {
            return false;
        }

        logger.LogWarning("The database is unreachable: {Reason}", exception.GetType().Name);
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = RetryAfterSeconds;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "Database unavailable",
                Detail = "The service's database cannot be reached right now. Send the request again in a few seconds; " +
                         "events already accepted come back as duplicate, so re-sending is always safe.",
            },
        });
    }
}
