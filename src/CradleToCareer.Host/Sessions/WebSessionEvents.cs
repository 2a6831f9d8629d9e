using CradleToCareer.Application.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace CradleToCareer.Host.Sessions;

/// <summary>
/// Checks a session on every request: the cookie names only the account, and the account is read afresh, so a disabled
/// account, or a guardian whose student turned 18 or enrolled in college, is signed out at the next request.
/// </summary>
public sealed class WebSessionEvents(WebSignIn signIn) : CookieAuthenticationEvents
{
    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        var accountId = context.Principal?.FindFirst(Sessions.SignedIn.AccountClaim)?.Value;
        if (accountId is null || await signIn.StillActiveAsync(accountId, context.HttpContext.RequestAborted) is not { } account)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(WebSessionSetup.Scheme);
            return;
        }

        context.ReplacePrincipal(Sessions.SignedIn.PrincipalFor(account));
        Sessions.SignedIn.Remember(context.HttpContext, account);
    }
}
