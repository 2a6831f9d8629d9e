using CradleToCareer.Host.Hosting;
using CradleToCareer.Storage.Access;
using CradleToCareer.Storage.Access.Signing;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;
using Npgsql;

namespace CradleToCareer.Host.Access;

/// <summary>Organizations and clients, access tokens, JWT bearer authentication and one policy per role.</summary>
public static class AccessSetup
{
    public const string RoleClaim = "role";

    public static void AddAccessControl(this WebApplicationBuilder builder, ServiceSettings settings)
    {
        var access = AccessSettings.From(builder.Configuration, settings.IsEmbedded);
        var services = builder.Services;
        services.AddSingleton(access);
        if (settings.IsEmbedded)
        {
            services.AddSingleton<IAccessRegistry, InMemoryAccessRegistry>();
            services.AddSingleton<ISigningKeyStore, InMemorySigningKeyStore>();
        }
        else
        {
            services.AddSingleton<IAccessRegistry, PostgresAccessRegistry>();
            services.AddSingleton<ISigningKeyStore>(provider =>
                new PostgresSigningKeyStore(provider.GetRequiredService<NpgsqlDataSource>(), access.KeyEncryptionKey));
        }

        // A retired signing key keeps validating for as long as tokens it signed can live.
        services.AddSingleton(provider => new SigningKeyRing(
            provider.GetRequiredService<ISigningKeyStore>(),
            provider.GetRequiredService<TimeProvider>(),
            access.TokenLifetime + TimeSpan.FromMinutes(1)));
        services.AddSingleton(provider => new AccessTokenIssuer(
            provider.GetRequiredService<SigningKeyRing>(),
            provider.GetRequiredService<TimeProvider>(),
            access.Issuer,
            access.Audience,
            access.TokenLifetime));
        services.AddHostedService<AccessStartup>();
        services.AddHostedService<SigningKeyRefresher>();

        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<SigningKeyRing>((options, keys) =>
            {
                options.MapInboundClaims = false;
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
            options.AddPolicy(Api.ConsentsApi.NonAdminPolicy, policy => policy.RequireAssertion(context =>
                context.User.FindAll(RoleClaim).Any(claim => claim.Value != Roles.Admin)));
        });
    }
}
