using CradleToCareer.Host.Hosting.Settings;
using CradleToCareer.Domain.Access;
using CradleToCareer.Application.Access.Signing;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace CradleToCareer.Host.Access;

/// <summary>Organizations and clients, access tokens, JWT bearer authentication and one policy per role.</summary>
public static class AccessSetup
{
    public const string RoleClaim = "role";

    /// <summary>Sends each bearer token to the scheme of its issuer: ours, or the external authority's.</summary>
    private const string EitherIssuer = "bearer-by-issuer";

    public static void AddAccessControl(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddValidatedOptions<SecurityOptions, SecurityOptionsValidator>(SecurityOptions.Section);
        services.AddValidatedOptions<AdminOptions, AdminOptionsValidator>(AdminOptions.Section);
        services.AddSingleton(provider => AccessSettings.From(provider.OptionsValue<SecurityOptions>(), provider.OptionsValue<AdminOptions>()));
        // A retired signing key keeps validating for as long as tokens it signed can live.
        services.AddSingleton(provider => new SigningKeyRing(
            provider.GetRequiredKeyedService<ISigningKeyStore>(SigningKeyTable.AccessTokens),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<AccessSettings>().TokenLifetime + TimeSpan.FromMinutes(1)));
        services.AddSingleton(provider =>
        {
            var access = provider.GetRequiredService<AccessSettings>();
            return new AccessTokenIssuer(
                provider.GetRequiredService<SigningKeyRing>(),
                provider.GetRequiredService<TimeProvider>(),
                access.Issuer,
                access.Audience,
                access.TokenLifetime);
        });
        services.AddSingleton<OrganizationAdministration>();
        services.AddSingleton<VerifiedTokenMemory>();
        services.AddHostedService<AccessStartup>();
        services.AddHostedService<SigningKeyRefresher>();
        services.AddRevokedClientCheck();

        // Which schemes exist is decided now; the external issuer's settings are validated at start with the rest.
        var external = (builder.Configuration.GetSection(SecurityOptions.Section).Get<SecurityOptions>() ?? new SecurityOptions())
            .AcceptedExternalIssuer();
        var authentication = services.AddAuthentication(external is null ? JwtBearerDefaults.AuthenticationScheme : EitherIssuer);
        authentication.AddJwtBearer();
        services.AddUniformBearerChallenge();
        if (external is not null)
        {
            AddExternalIssuer(authentication, external);
        }

        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<SigningKeyRing, AccessSettings, VerifiedTokenMemory>((options, keys, access, memory) =>
            {
                options.MapInboundClaims = false;
                options.TokenHandlers.Clear();
                options.TokenHandlers.Add(memory);
                options.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = access.Issuer,
                    ValidAudience = access.Audience,
                    IssuerSigningKeyResolver = (_, _, _, _) => keys.ValidationKeys,
                    NameClaimType = "sub",
                    RoleClaimType = RoleClaim,
                    ClockSkew = TimeSpan.FromSeconds(30),
                };
            });
        services.AddAuthorization(options =>
        {
            foreach (var role in Roles.All)
            {
                options.AddPolicy(role, policy => policy.RequireRole(role));
            }

            options.AddPolicy(Api.ResolveApi.ResolverPolicy, policy => policy.RequireRole(Api.ResolveApi.ResolverRoles));
            options.AddPolicy(Api.ProgressApi.ProgressReaderPolicy, policy => policy.RequireRole(Api.ProgressApi.ProgressReaderRoles));
            options.AddPolicy(Alerts.SubscriptionsApi.SubscriberPolicy, policy => policy.RequireRole(Alerts.SubscriptionsApi.SubscriberRoles));
            options.AddPolicy(Api.ActivationCodesApi.IssuerPolicy, policy => policy.RequireRole(Api.ActivationCodesApi.IssuerRoles));
            options.AddPolicy(Research.ResearchApi.ReaderPolicy, policy => policy.RequireRole(Research.ResearchApi.ReaderRoles));
            options.AddPolicy(Api.ConsentsApi.NonAdminPolicy, policy => policy.RequireAssertion(context =>
                context.User.FindAll(RoleClaim).Any(claim => claim.Value != Roles.Admin)));
        });
    }

    private static void AddExternalIssuer(AuthenticationBuilder authentication, ExternalIssuer external)
    {
        authentication.AddJwtBearer(ExternalIssuer.Scheme, options =>
        {
            options.Authority = external.Authority;
            options.Audience = external.Audience;
            options.RequireHttpsMetadata = external.RequireHttpsMetadata;
            options.MapInboundClaims = false;
            options.TokenValidationParameters.NameClaimType = "sub";
            options.TokenValidationParameters.RoleClaimType = RoleClaim;
        });
        authentication.AddPolicyScheme(EitherIssuer, "Bearer token of either issuer", options =>
            options.ForwardDefaultSelector = context =>
                IssuerOf(context.Request) == context.RequestServices.GetRequiredService<AccessSettings>().Issuer
                    ? JwtBearerDefaults.AuthenticationScheme
                    : ExternalIssuer.Scheme);
    }

    /// <summary>The unverified <c>iss</c> of the request's bearer token, only to pick the scheme that will verify it.</summary>
    private static string? IssuerOf(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var handler = new Microsoft.IdentityModel.JsonWebTokens.JsonWebTokenHandler();
        var token = header["Bearer ".Length..].Trim();
        try
        {
            return handler.CanReadToken(token) ? handler.ReadJsonWebToken(token).Issuer : null;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
