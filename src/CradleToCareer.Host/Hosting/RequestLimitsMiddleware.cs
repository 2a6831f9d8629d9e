using System.Globalization;
using CradleToCareer.Host.Hosting.Settings;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace CradleToCareer.Host.Hosting;

/// <summary>
/// Refuses an over-long address (<c>414</c>) or too many or too large headers (<c>431</c>) as problem+json, before
/// authentication reads any of them. Kestrel refuses on its own, with an empty body, only past twice these limits
/// (<see cref="RequestLimitOptions.KestrelFactor"/>), and so does it for a request it cannot parse at all.
/// </summary>
internal sealed class RequestLimitsMiddleware(RequestDelegate next, IOptions<RequestLimitOptions> options, IProblemDetailsService problems)
{
    private readonly RequestLimitOptions _limits = options.Value;

    public Task InvokeAsync(HttpContext context)
    {
        var target = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? context.Request.Path + context.Request.QueryString;
        if (target.Length > _limits.MaxUrlLength)
        {
            return RefuseAsync(context, StatusCodes.Status414UriTooLong, "Address too long",
                string.Create(CultureInfo.InvariantCulture, $"The path and query together are longer than {_limits.MaxUrlLength:N0} characters."));
        }

        var (count, size) = Measure(context.Request.Headers);
        if (count > _limits.MaxHeaderCount || size > _limits.MaxHeaderBytes)
        {
            return RefuseAsync(context, StatusCodes.Status431RequestHeaderFieldsTooLarge, "Headers too large",
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"A request may carry at most {_limits.MaxHeaderCount:N0} header fields of {_limits.MaxHeaderBytes:N0} characters together."));
        }

        return next(context);
    }

    /// <summary>Header fields, and the characters of their names and values together, in one pass.</summary>
    private static (int Count, int Size) Measure(IHeaderDictionary headers)
    {
        var (count, size) = (0, 0);
        foreach (var (name, values) in headers)
        {
            foreach (var value in values)
            {
                count++;
                size += name.Length + (value?.Length ?? 0);
            }
        }

        return (count, size);
    }

    private async Task RefuseAsync(HttpContext context, int status, string title, string detail)
    {
        context.Response.StatusCode = status;
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        });
    }
}
