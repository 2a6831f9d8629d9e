using Microsoft.AspNetCore.Authentication.Cookies;

namespace CradleToCareer.Host.Sessions;

/// <summary>
/// The session cookie is <c>Secure</c> everywhere but on a loopback host (<c>localhost</c>, <c>127.0.0.1</c>,
/// <c>[::1]</c>), where the embedded default and the tests run over plain HTTP. The host is the one the browser asked
/// for, so a service behind a TLS proxy under its public name always sets <c>Secure</c>.
/// </summary>
internal sealed class LoopbackAwareCookies : ICookieManager
{
    private readonly ChunkingCookieManager _cookies = new();

    public string? GetRequestCookie(HttpContext context, string key) => _cookies.GetRequestCookie(context, key);

    public void AppendResponseCookie(HttpContext context, string key, string? value, CookieOptions options)
    {
        options.Secure |= !IsLoopback(context.Request);
        _cookies.AppendResponseCookie(context, key, value, options);
    }

    public void DeleteCookie(HttpContext context, string key, CookieOptions options)
    {
        options.Secure |= !IsLoopback(context.Request);
        _cookies.DeleteCookie(context, key, options);
    }

    /// <summary>True when the browser asked for a loopback host, where cookies may go without <c>Secure</c>.</summary>
    internal static bool IsLoopback(HttpRequest request) =>
        request.Host.Host is "localhost" or "127.0.0.1" or "[::1]" or "::1";
}
