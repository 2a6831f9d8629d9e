using CradleToCareer.Application.Access;
using CradleToCareer.Application.Access.Signing;
using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace CradleToCareer.Host.Access;

/// <summary>
/// Refuses a token of our own issuer once its client is disabled or has a new secret: after the signature and
/// lifetime checks pass, the token's client and secret stamp are checked against <see cref="ClientStatusCache"/>.
/// Tokens of an external issuer name no client of ours and are not checked here.
/// </summary>
internal static class RevokedClientTokens
{
    public static void AddRevokedClientCheck(this IServiceCollection services)
    {
        services.AddSingleton<ClientStatusCache>();
        // After every Configure, so the check runs after whatever else validates the token.
        services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, options =>
        {
            options.Events ??= new JwtBearerEvents();
            var validated = options.Events.OnTokenValidated;
            options.Events.OnTokenValidated = async context =>
            {
                await validated(context);
                if (context.Result is null)
                {
                    await RefuseRevokedAsync(context);
                }
            };
        });
    }

    private static async Task RefuseRevokedAsync(TokenValidatedContext context)
    {
        var token = context.Principal!;
        var clients = context.HttpContext.RequestServices.GetRequiredService<ClientStatusCache>();
        var stamp = token.FindFirst(AccessTokenClaimNames.SecretStamp)?.Value;
        if (!await clients.AdmitsAsync(CallerClaims.ClientIdOf(token), stamp, context.HttpContext.RequestAborted))
        {
            context.Fail("The token's client is disabled, or its secret changed after the token was issued.");
        }
    }
}
