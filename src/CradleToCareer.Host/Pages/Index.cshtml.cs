using System.Globalization;
using CradleToCareer.Application.Accounts;
using CradleToCareer.Host.Access.TokenEndpoint;
using CradleToCareer.Host.Hosting;
using CradleToCareer.Host.Sessions;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace CradleToCareer.Host.Pages;

/// <summary>
/// The sign-in page at the root (people.md): a user name and password, for staff and for activated students and
/// guardians alike. Failed sign-ins lock the user name out at the caller's address, and then everywhere, the way
/// failed token requests do (<see cref="TokenLockout"/>); password checks share the token endpoint's bounded pool.
/// With <c>C2C:Web:OpenIdConnect</c> set, staff may sign in through their organization's provider instead
/// (<see cref="ExternalSignIn"/>): a link, not a form, since Chromium applies the pages' <c>form-action 'self'</c> to
/// the redirects that follow a form's POST and blocks the one to the provider (tried); a GET that only starts a
/// sign-in changes nothing here, and the correlation cookie and <c>state</c> keep anyone else's sign-in out.
/// </summary>
internal sealed class IndexModel(
    WebSignIn signIn,
    [FromKeyedServices(WebSessionSetup.SignInLockout)] TokenLockout lockout,
    SecretChecks checks,
    IOptions<ExternalSignInOptions> external) : PageModel
{
    /// <summary>The user name typed, shown again after a failure; the password never is.</summary>
    [BindProperty]
    public string? Username { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    public string? Problem { get; private set; }

    /// <summary>The external provider's name on its button, or null when external sign-in is off.</summary>
    public string? ExternalProvider => external.Value.IsOn ? external.Value.DisplayName : null;

    public IActionResult OnGet(string? returnUrl, [FromQuery(Name = ExternalSignInEvents.RefusalParameter)] string? refusal)
    {
        if (HttpContext.Account() is { } account)
        {
            return Redirect(ReturnTo(returnUrl) ?? WebHome.PathFor(account));
        }

        Problem = refusal is not null && ExternalSignInEvents.Refusals.TryGetValue(refusal, out var said) ? said : null;
        return Page();
    }

    /// <summary>Sends the browser to the external provider, to come back signed in to <paramref name="returnUrl"/>.</summary>
    public IActionResult OnGetExternal(string? returnUrl) =>
        ExternalProvider is null
            ? NotFound()
            : Challenge(new AuthenticationProperties { RedirectUri = ReturnTo(returnUrl) ?? WebHome.SignInPath }, ExternalSignIn.Scheme);

    public async Task<IActionResult> OnPostAsync(string? returnUrl, CancellationToken cancellationToken)
    {
        var username = Domain.Accounts.StaffAccountRules.NormalizeUsername(Username);
        if (username.Length is 0 or > 64 || string.IsNullOrEmpty(Password) || Password.Length > Domain.Accounts.StaffAccountRules.MaxPasswordLength)
        {
            return Refuse(StatusCodes.Status400BadRequest, "Enter your user name and your password.");
        }

        var address = CallerAddress.Of(HttpContext);
        if (lockout.LockedFor(username, address) is { } wait)
        {
            var minutes = (int)Math.Ceiling(wait.TotalMinutes);
            Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            return Refuse(
                StatusCodes.Status429TooManyRequests,
                $"Too many failed sign-ins with this user name. Try again in {minutes} minute{(minutes == 1 ? "" : "s")}.");
        }

        WebAccount? account;
        using (var check = await checks.EnterAsync(cancellationToken))
        {
            if (!check.IsAcquired)
            {
                return Refuse(StatusCodes.Status503ServiceUnavailable, "The service is busy. Try again in a moment.");
            }

            account = await signIn.VerifyAsync(username, Password, cancellationToken);
        }

        if (account is null)
        {
            lockout.Failed(username, address);
            return Refuse(StatusCodes.Status400BadRequest, "The user name or password is wrong, or the account is not active.");
        }

        lockout.Succeeded(username, address);
        await HttpContext.SignInAsync(WebSessionSetup.Scheme, SignedIn.PrincipalFor(account));
        return Redirect(ReturnTo(returnUrl) ?? WebHome.PathFor(account));
    }

    /// <summary>Where to go after signing in: a page of this service only, never another site.</summary>
    private string? ReturnTo(string? returnUrl) =>
        returnUrl is { Length: > 1 } && Url.IsLocalUrl(returnUrl) && !returnUrl.StartsWith("/v1", StringComparison.OrdinalIgnoreCase) ? returnUrl : null;

    private PageResult Refuse(int status, string problem)
    {
        Response.StatusCode = status;
        Problem = problem;
        Password = null;
        return Page();
    }
}
