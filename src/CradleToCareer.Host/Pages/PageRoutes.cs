using CradleToCareer.Host.Hosting;

namespace CradleToCareer.Host.Pages;

/// <summary>
/// The pages of people.md, served by the host at its root beside the API. Each is rate limited per address like the
/// public figures: anyone may open them.
/// </summary>
public static class PageRoutes
{
    public static void MapServicePages(this WebApplication app)
    {
        app.MapRazorPages().RequireRateLimiting(PublicFiguresRateLimit.Name);
        app.MapGet(PageAssets.StylesheetPath, (HttpContext context, PageAssets assets) => assets.Serve(context))
            .AllowAnonymous()
            .ExcludeFromDescription();
        app.MapGet(PageAssets.AdvisorScriptPath, (HttpContext context, PageAssets assets) => assets.ServeAdvisorScript(context))
            .AllowAnonymous()
            .ExcludeFromDescription();
    }
}
