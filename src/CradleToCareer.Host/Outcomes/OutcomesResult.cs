using CradleToCareer.Abstractions;
using Microsoft.Net.Http.Headers;

namespace CradleToCareer.Host.Outcomes;

/// <summary>
/// Outcome figures as the grain wrote them, with their entity tag. A request whose <c>If-None-Match</c> names the
/// current tag gets <c>304</c> and no body. Caches may keep the figures but must ask again before reusing them
/// (<c>no-cache</c>): an event's effect is due within seconds, and a revalidation costs almost nothing.
/// </summary>
internal sealed class OutcomesResult(OutcomesDocument document, bool shared) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.Headers.ETag = document.ETag;
        response.Headers.CacheControl = shared ? "public, no-cache" : "private, no-cache";
        response.Headers.LastModified = document.AsOf.ToString("R");
        if (Matches(httpContext.Request.Headers.IfNoneMatch.OfType<string>().ToList()))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/json; charset=utf-8";
        response.ContentLength = document.Utf8Json.Length;
        await response.Body.WriteAsync(document.Utf8Json, httpContext.RequestAborted);
    }

    private bool Matches(IList<string> ifNoneMatch) =>
        EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags)
        && tags.Any(tag => tag == EntityTagHeaderValue.Any || tag.Tag.Equals(document.ETag, StringComparison.Ordinal));
}
