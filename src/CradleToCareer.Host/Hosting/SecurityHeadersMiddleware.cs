namespace CradleToCareer.Host.Hosting;

/// <summary>
/// Headers that keep browsers from sniffing, framing or caching what the service returns. The API's answers may load
/// nothing at all; the service's own pages may load their stylesheet and post their forms to the service, and nothing
/// else (no script, no inline style, no other origin). Swagger UI gets the rest, minus a policy its page would break on.
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    public const string ApiPolicy = "default-src 'none'; frame-ancestors 'none'";

    public const string PagePolicy =
        "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    private static readonly string[] ApiRoots = ["/v1", "/oauth", "/health", "/.well-known"];

    public Task InvokeAsync(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        if (!context.Request.Path.StartsWithSegments("/swagger"))
        {
            headers.ContentSecurityPolicy = IsApi(context.Request.Path) ? ApiPolicy : PagePolicy;
            headers.CacheControl = "no-store";
        }

        return next(context);
    }

    private static bool IsApi(PathString path) => ApiRoots.Any(root => path.StartsWithSegments(root));
}
