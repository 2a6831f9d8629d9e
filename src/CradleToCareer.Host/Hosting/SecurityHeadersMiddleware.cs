namespace CradleToCareer.Host.Hosting;

/// <summary>
/// Headers that keep browsers from sniffing, framing or caching what the service returns. The API's answers may load
/// nothing at all; the service's own pages may load their stylesheet and script, open their live updates and post their
/// forms to the service, and nothing else (no inline script or style, no other origin). Swagger UI gets the rest, minus a policy its page would break on.
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    public const string ApiPolicy = "default-src 'none'; frame-ancestors 'none'";

    public const string PagePolicy =
        "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    /// <summary>
    /// The Orleans Dashboard (<see cref="Telemetry.OrleansDashboard"/>): the page policy, plus its icon fonts, the images its
    /// stylesheet inlines, and the style attributes its script sets. It still loads nothing from elsewhere and runs no inline script.
    /// </summary>
    public const string DashboardPolicy =
        "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self'; style-src-attr 'unsafe-inline'; img-src 'self' data:; " +
        "font-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    private static readonly string[] ApiRoots = ["/v1", "/oauth", "/health", "/.well-known"];

    public Task InvokeAsync(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        if (!context.Request.Path.StartsWithSegments("/swagger"))
        {
            var api = IsApi(context.Request.Path);
            headers.ContentSecurityPolicy = api ? ApiPolicy
                : context.Request.Path.StartsWithSegments(Telemetry.OrleansDashboard.Path) ? DashboardPolicy
                : PagePolicy;
            // A page's forms carry antiforgery tokens, which want no-cache beside no-store (and say so when missing).
            headers.CacheControl = api ? "no-store" : "no-cache, no-store";
            if (!api)
            {
                headers.Pragma = "no-cache";
            }
        }

        return next(context);
    }

    public static bool IsApi(PathString path) => ApiRoots.Any(root => path.StartsWithSegments(root));
}
