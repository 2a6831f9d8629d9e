using System.Security.Cryptography;

namespace CradleToCareer.Host.Pages;

/// <summary>
/// The pages' stylesheet and their one script (the advisor's live progress), built into the host (no web root to find
/// or to ship) and served at <see cref="StylesheetPath"/> and <see cref="AdvisorScriptPath"/> with a version from their
/// content, so a browser may keep them for a year and still never use an old one.
/// </summary>
public sealed class PageAssets
{
    public const string StylesheetPath = "/assets/site.css";
    public const string AdvisorScriptPath = "/assets/advisor.js";
    private const string Resource = "CradleToCareer.Host.Pages.Assets.site.css";
    private const string ScriptResource = "CradleToCareer.Host.Pages.Assets.advisor.js";

    public PageAssets()
    {
        Stylesheet = Read(Resource);
        Version = VersionOf(Stylesheet);
        AdvisorScript = Read(ScriptResource);
        AdvisorScriptVersion = VersionOf(AdvisorScript);
    }

    public byte[] Stylesheet { get; }

    public string Version { get; }

    public byte[] AdvisorScript { get; }

    public string AdvisorScriptVersion { get; }

    /// <summary>The stylesheet's address with its version, for the layout's link.</summary>
    public string StylesheetHref => $"{StylesheetPath}?v={Version}";

    /// <summary>The advisor script's address with its version, for the student progress page.</summary>
    public string AdvisorScriptHref => $"{AdvisorScriptPath}?v={AdvisorScriptVersion}";

    public IResult Serve(HttpContext context) => Cached(context, Stylesheet, "text/css; charset=utf-8");

    public IResult ServeAdvisorScript(HttpContext context) => Cached(context, AdvisorScript, "text/javascript; charset=utf-8");

    private static IResult Cached(HttpContext context, byte[] content, string contentType)
    {
        context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
        return TypedResults.Bytes(content, contentType);
    }

    private static byte[] Read(string resource)
    {
        using var stream = typeof(PageAssets).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded asset {resource} is missing.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static string VersionOf(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content).AsSpan(0, 8));
}
