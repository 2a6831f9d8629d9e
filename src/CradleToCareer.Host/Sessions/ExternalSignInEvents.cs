using CradleToCareer.Application.Accounts;
using CradleToCareer.Domain.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;

namespace CradleToCareer.Host.Sessions;

/// <summary>
/// Turns a person the external provider vouches for into a session of the staff account with the same user name, and
/// only that: a student or guardian account (bound by an activation code), a disabled account or no account at all is
/// refused, and the browser goes back to the sign-in page with a fixed message (<see cref="Refusals"/>). The user name
/// from the provider is never put in the address, the page or the log.
/// </summary>
internal sealed partial class ExternalSignInEvents(
    IAccountStore accounts, IOptions<ExternalSignInOptions> options, ILogger<ExternalSignInEvents> logger) : OpenIdConnectEvents
{
    /// <summary>The query flag of the sign-in page that shows why an external sign-in was refused.</summary>
    public const string RefusalParameter = "oidc";

    public const string NoAccount = "no-account";
    public const string Unverified = "unverified";
    public const string Failed = "failed";

    /// <summary>The claim the user name is taken from when it is the person's email address, which must be verified.</summary>
    private const string EmailClaim = "email";

    /// <summary>What the sign-in page says for each refusal flag; any other value says nothing.</summary>
    public static readonly IReadOnlyDictionary<string, string> Refusals = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [NoAccount] = "Your organization's sign-in worked, but no active staff account here has the user name it gave. " +
                      "Ask an administrator to create one with that user name.",
        [Unverified] = "Your organization's sign-in did not confirm the email address it gave, so it cannot stand for an " +
                       "account here. Confirm the address with your organization, then try again.",
        [Failed] = "Signing in through your organization did not complete. Try again, or sign in with your user name and password.",
    };

    public override async Task TokenValidated(TokenValidatedContext context)
    {
        if (options.Value.UsernameClaim == EmailClaim && !EmailVerified(context.Principal))
        {
            LogRefused(logger, "an email address the provider did not verify");
            context.HandleResponse();
            context.Response.Redirect(RefusalPath(Unverified));
            return;
        }

        var username = StaffAccountRules.NormalizeUsername(context.Principal?.FindFirst(options.Value.UsernameClaim)?.Value);
        var account = !StaffAccountRules.IsWellFormedUsername(username)
            ? null
            : await accounts.FindByUsernameAsync(username, context.HttpContext.RequestAborted);
        if (account is not { IsStaff: true, DisabledAt: null })
        {
            LogRefused(logger, account is null ? "no account" : account.IsStaff ? "a disabled staff account" : "not a staff account");
            context.HandleResponse();
            context.Response.Redirect(RefusalPath(NoAccount));
            return;
        }

        context.Principal = SignedIn.PrincipalFor(account);
    }

    public override Task RemoteFailure(RemoteFailureContext context)
    {
        LogFailed(logger, context.Failure?.Message ?? "unknown");
        context.HandleResponse();
        context.Response.Redirect(RefusalPath(Failed));
        return Task.CompletedTask;
    }

    /// <summary>
    /// Whether the provider says it verified the email address (<c>email_verified</c>, OpenID Connect Core): anyone may
    /// put any address on an account at many providers, so an unverified one proves nothing.
    /// </summary>
    private static bool EmailVerified(System.Security.Claims.ClaimsPrincipal? principal) =>
        string.Equals(principal?.FindFirst("email_verified")?.Value, "true", StringComparison.OrdinalIgnoreCase);

    private static string RefusalPath(string refusal) => $"{WebHome.SignInPath}?{RefusalParameter}={refusal}";

    /// <summary>Why a sign-in was refused, never the user name (docs/security.md: names are never logged).</summary>
    [LoggerMessage(Level = LogLevel.Warning, Message = "External sign-in refused: the provider's user name has {Found}.")]
    private static partial void LogRefused(ILogger logger, string found);

    [LoggerMessage(Level = LogLevel.Warning, Message = "External sign-in failed: {Reason}")]
    private static partial void LogFailed(ILogger logger, string reason);
}
