using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace CradleToCareer.Host.Access;

/// <summary>
/// What <c>WWW-Authenticate</c> says about a refused bearer token (RFC 6750 §3): <c>error="invalid_token"</c>
/// and one fixed description, whatever the reason. The handler's own descriptions told "the signature key was not
/// found" from "the signature is invalid", which tells a prober which key ids exist; even "expired" could, since
/// after some signature failures (no key for the token's <c>kid</c>) the validator reports the lifetime instead.
/// </summary>
internal static class BearerChallenge
{
    public const string Description = "The access token is not valid (malformed, expired, revoked or not ours).";

    /// <summary>Sets the description on every JWT bearer scheme (ours and an external issuer's), after any other handler.</summary>
    public static void AddUniformBearerChallenge(this IServiceCollection services) =>
        services.PostConfigureAll<JwtBearerOptions>(options =>
        {
            var next = options.Events.OnChallenge;
            options.Events.OnChallenge = context =>
            {
                if (context.AuthenticateFailure is not null)
                {
                    context.Error = "invalid_token";
                    context.ErrorDescription = Description;
                    context.ErrorUri = null;
                }

                return next(context);
            };
        });
}
