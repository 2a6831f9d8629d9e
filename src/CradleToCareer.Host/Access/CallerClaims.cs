using System.Security.Claims;
using CradleToCareer.Application;
using CradleToCareer.Application.Access.Signing;

namespace CradleToCareer.Host.Access;

/// <summary>The one place that reads who the caller is from its authenticated token.</summary>
public static class CallerClaims
{
    /// <summary>The caller as its token presents it; empty ids when the token lacks the claim.</summary>
    public static Caller ToCaller(this ClaimsPrincipal user) => new(
        ClientIdOf(user),
        user.FindFirst(AccessTokenClaimNames.Organization)?.Value ?? "",
        user.FindAll(AccessTokenClaimNames.Role).Select(claim => claim.Value).ToHashSet(StringComparer.Ordinal));

    /// <summary>The client id alone, for the rate limiter, which runs before every request; empty without the claim.</summary>
    public static string ClientIdOf(ClaimsPrincipal user) => user.FindFirst(AccessTokenClaimNames.ClientId)?.Value ?? "";
}
