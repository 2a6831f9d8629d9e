namespace CradleToCareer.Host.Sessions;

/// <summary>
/// The short-lived cookies of an external sign-in (correlation and nonce), made the way the session cookie is
/// (<see cref="LoopbackAwareCookies"/>): <c>SameSite=Lax</c>, and <c>Secure</c> everywhere but on a loopback host. The
/// provider sends the browser back with a top-level GET (<c>response_mode=query</c>), which carries Lax cookies, so
/// they need not be <c>SameSite=None</c>, which browsers refuse without <c>Secure</c>.
/// </summary>
internal sealed class LoopbackAwareCookieBuilder : CookieBuilder
{
    private readonly CookieBuilder _inner;

    /// <summary>Wraps the handler's own builder, which keeps its name, path and lifetime.</summary>
    public LoopbackAwareCookieBuilder(CookieBuilder inner)
    {
        _inner = inner;
        _inner.SameSite = SameSiteMode.Lax;
        _inner.SecurePolicy = CookieSecurePolicy.SameAsRequest;
    }

    public override string? Name
    {
        get => _inner.Name;
        set => _inner.Name = value;
    }

    public override CookieOptions Build(HttpContext context, DateTimeOffset expiresFrom)
    {
        var options = _inner.Build(context, expiresFrom);
        options.Secure |= !LoopbackAwareCookies.IsLoopback(context.Request);
        return options;
    }
}
