using System.Security.Claims;
using CradleToCareer.Application;
using CradleToCareer.Application.Accounts;
using CradleToCareer.Host.Access;

namespace CradleToCareer.Host.Sessions;

/// <summary>
/// The signed-in person of a page request. The session cookie holds the account id alone; the account itself is read
/// on each request (<see cref="WebSessionEvents"/>) and kept with the request for the page.
/// </summary>
public static class SignedIn
{
    public const string AccountClaim = "sub";
    public const string KindClaim = "kind";

    public static ClaimsPrincipal PrincipalFor(WebAccount account)
    {
        var claims = new List<Claim> { new(AccountClaim, account.AccountId), new(KindClaim, account.Kind) };
        claims.AddRange(account.Roles.Select(role => new Claim(AccessSetup.RoleClaim, role)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, WebSessionSetup.Scheme, AccountClaim, AccessSetup.RoleClaim));
    }

    /// <summary>The signed-in account, or null when the request has no valid session.</summary>
    public static WebAccount? Account(this HttpContext context) => context.Items[typeof(WebAccount)] as WebAccount;

    /// <summary>
    /// The caller a signed-in person acts as in the application (<see cref="WebCallers"/>); the pages that call this
    /// require a session, so its absence is a fault.
    /// </summary>
    public static Caller WebCaller(this HttpContext context) =>
        WebCallers.For(context.Account() ?? throw new InvalidOperationException("This page requires a signed-in person."));

    internal static void Remember(HttpContext context, WebAccount account) => context.Items[typeof(WebAccount)] = account;
}
