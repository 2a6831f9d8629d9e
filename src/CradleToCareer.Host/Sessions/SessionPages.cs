using CradleToCareer.Host.Hosting;
using Microsoft.AspNetCore.Authentication;

namespace CradleToCareer.Host.Sessions;

/// <summary>
/// Reads the session cookie on every page request, so that any page, open ones included, knows who is signed in; API
/// requests never look at it.
/// </summary>
public sealed class SessionPages(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!SecurityHeadersMiddleware.IsApi(context.Request.Path)
            && await context.AuthenticateAsync(WebSessionSetup.Scheme) is { Succeeded: true } session)
        {
            context.User = session.Principal;
        }

        await next(context);
    }
}
