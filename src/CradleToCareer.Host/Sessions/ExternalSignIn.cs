using CradleToCareer.Host.Hosting.Settings;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace CradleToCareer.Host.Sessions;

/// <summary>
/// Optional staff sign-in through an external OpenID Connect provider (<see cref="ExternalSignInOptions"/>): the
/// authorization code flow with PKCE, answered at <c>/signin-oidc</c>, ending in the same session cookie a password
/// sign-in gives (<see cref="ExternalSignInEvents"/>). Without its settings the scheme does not exist.
/// </summary>
public static class ExternalSignIn
{
    public const string Scheme = "web-oidc";

    public static void AddExternalSignIn(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddValidatedOptions<ExternalSignInOptions, ExternalSignInOptionsValidator>(ExternalSignInOptions.Section);

        // Whether the scheme exists is decided now; a half-configured section fails at start with the rest.
        var configured = builder.Configuration.GetSection(ExternalSignInOptions.Section).Get<ExternalSignInOptions>();
        if (configured is not { IsOn: true })
        {
            return;
        }

        services.AddSingleton<ExternalSignInEvents>();
        services.AddAuthentication().AddOpenIdConnect(Scheme, configured.DisplayName, options =>
        {
            options.Authority = configured.Authority;
            options.ClientId = configured.ClientId;
            options.ClientSecret = configured.ClientSecret;
            options.RequireHttpsMetadata = configured.RequireHttpsMetadata;
            options.ResponseType = OpenIdConnectResponseType.Code;
            options.ResponseMode = OpenIdConnectResponseMode.Query;
            options.UsePkce = true;
            options.Scope.Clear();
            options.Scope.Add("openid");
            options.Scope.Add("profile");
            if (configured.UsernameClaim == "email")
            {
                options.Scope.Add("email");
            }

            options.MapInboundClaims = false;
            options.SignInScheme = WebSessionSetup.Scheme;
            options.SaveTokens = false;
            // Signing out ends the session here only; no one else may end it with a bare GET.
            options.RemoteSignOutPath = PathString.Empty;
            options.CorrelationCookie = new LoopbackAwareCookieBuilder(options.CorrelationCookie);
            options.NonceCookie = new LoopbackAwareCookieBuilder(options.NonceCookie);
            options.EventsType = typeof(ExternalSignInEvents);
        });
    }
}
