using CradleToCareer.Application.Accounts;
using CradleToCareer.Domain.Accounts;
using CradleToCareer.Host.Access;
using CradleToCareer.Host.Access.TokenEndpoint;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;

namespace CradleToCareer.Host.Sessions;

/// <summary>
/// Sign-in for the pages (people.md, Signing in): a cookie session per signed-in person, kept apart from the API, whose
/// routes accept bearer tokens only, so a page's cookie can never make an API call for a forged request. Every form
/// carries an antiforgery token. With PostgreSQL the cookie keys are shared by every silo (sealed at rest); the
/// embedded default keeps them in memory, so sessions end with the process, like everything else it keeps.
/// </summary>
public static class WebSessionSetup
{
    public const string Scheme = "web-session";
    public const string CookieName = "c2c-session";
    public const string AntiforgeryCookieName = "c2c-antiforgery";

    /// <summary>The key of the lockout that counts failed sign-ins, apart from the token endpoint's.</summary>
    public const string SignInLockout = "sign-in";

    /// <summary>A session ends after this long without a request.</summary>
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromMinutes(30);

    public static void AddWebSessions(this WebApplicationBuilder builder, bool durable)
    {
        var services = builder.Services;
        var dataProtection = services.AddDataProtection().SetApplicationName("cradle-to-career");
        if (durable)
        {
            services.AddOptions<KeyManagementOptions>().Configure<ISessionKeyStore>(
                (options, store) => options.XmlRepository = new SessionKeyRepository(store));
        }
        else
        {
            dataProtection.UseEphemeralDataProtectionProvider();
        }

        // Keys are sealed by the store itself (or never leave memory), which data protection cannot see: it would warn
        // at each new key that the key may be stored unencrypted.
        builder.Logging.AddFilter(typeof(XmlKeyManager).FullName, LogLevel.Error);

        services.AddAuthentication().AddCookie(Scheme, options =>
        {
            options.Cookie.Name = CookieName;
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.CookieManager = new LoopbackAwareCookies();
            options.ExpireTimeSpan = IdleTimeout;
            options.SlidingExpiration = true;
            options.LoginPath = WebHome.SignInPath;
            options.LogoutPath = WebHome.SignOutPath;
            options.AccessDeniedPath = WebHome.DeniedPath;
            options.ReturnUrlParameter = "returnUrl";
            options.EventsType = typeof(WebSessionEvents);
        });
        services.AddSingleton<WebSessionEvents>();
        services.AddKeyedSingleton<TokenLockout>(SignInLockout);
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = AntiforgeryCookieName;
            options.SuppressXFrameOptionsHeader = true;
        });
        services.AddAuthorization(options =>
        {
            options.AddPolicy(PagePolicies.Student, policy => policy
                .AddAuthenticationSchemes(Scheme)
                .RequireClaim(SignedIn.KindClaim, AccountKinds.Student, AccountKinds.Guardian));
            foreach (var role in StaffAccountRules.StaffRoles)
            {
                options.AddPolicy(PagePolicies.Staff(role), policy => policy
                    .AddAuthenticationSchemes(Scheme)
                    .RequireClaim(SignedIn.KindClaim, AccountKinds.Staff)
                    .RequireClaim(AccessSetup.RoleClaim, role));
            }
        });
    }
}
