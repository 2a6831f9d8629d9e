using System.Security.Cryptography;

namespace CradleToCareer.Host.Pages;

/// <summary>
/// The pages' stylesheet, built into the host (no web root to find or to ship) and served at <see cref="StylesheetPath"/>
/// with a version from its content, so a browser may keep it for a year and still never use an old one.
/// </summary>
public sealed class PageAssets
{
    public const string StylesheetPath = "/assets/site.css";
    private const string Resource = "CradleToCareer.Host.Pages.Assets.site.css";

    public PageAssets()
    {
        using var stream = typeof(PageAssets).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The embedded stylesheet {Resource} is missing.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        Stylesheet = copy.ToArray();
        Version = Convert.ToHexStringLower(SHA256.HashData(Stylesheet).AsSpan(0, 8));
    }

    public byte[] Stylesheet { get; }

    public string Version { get; }

    /// <summary>The stylesheet's address with its version, for the layout's link.</summary>
    public string StylesheetHref => $"{StylesheetPath}?v={Version}";

    public IResult Serve(HttpContext context)
    {
        context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
        return TypedResults.Bytes(Stylesheet, "text/css; charset=utf-8");
    }
}
