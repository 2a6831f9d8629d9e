using CradleToCareer.Storage.Postgres;
using Microsoft.AspNetCore.Diagnostics;

namespace CradleToCareer.Host.Hosting.Problems;

/// <summary>
/// Failures that are not the caller's fault and may pass: the database out of reach, or a grain call that ran out
/// of time (<c>C2C:Cluster:ResponseTimeoutSeconds</c>, e.g. while the database is slow to answer). Both are
/// <c>503</c> with <c>Retry-After</c> instead of a bare <c>500</c>. Sending the same events again is always safe.
/// </summary>
internal sealed class ServiceUnavailableHandler(IProblemDetailsService problems, ILogger<ServiceUnavailableHandler> logger) : IExceptionHandler
{
    private const string RetryAfterSeconds = "5";

    private const string ResendIsSafe = "Send the request again in a few seconds; events already accepted come back as duplicate, so re-sending is always safe.";

    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (Reason(exception) is not var (title, detail) || context.Response.HasStarted)
        {
            return false;
        }

        logger.LogWarning("{Title}: {Reason}", title, exception.GetType().Name);
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = RetryAfterSeconds;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = StatusCodes.Status503ServiceUnavailable, Title = title, Detail = detail },
        });
    }

    private static (string Title, string Detail)? Reason(Exception exception)
    {
        if (PostgresFailures.IsUnavailable(exception))
        {
            return ("Database unavailable", "The service's database cannot be reached right now. " + ResendIsSafe);
        }

        return TimedOut(exception)
            ? ("Service busy", "The service could not finish the request in time. " + ResendIsSafe)
            : null;
    }

    private static bool TimedOut(Exception? exception) =>
        exception is TimeoutException || (exception?.InnerException is { } inner && TimedOut(inner));
}
