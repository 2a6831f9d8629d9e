using CradleToCareer.Application.Accounts;
using CradleToCareer.Domain.Events;
using CradleToCareer.Host.Sessions;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CradleToCareer.Host.Pages;

/// <summary>
/// A student, or a minor's parent or guardian, turns a one-time code into an account (people.md, Signing in) and is
/// signed in with it. Each problem is named beside its field and in a summary read out at once.
/// </summary>
internal sealed class ActivateModel(ActivateAccount activate) : PageModel
{
    [BindProperty]
    public string? Code { get; set; }

    [BindProperty]
    public string? Username { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty]
    public string? Repeat { get; set; }

    public IReadOnlyList<FieldError> Errors { get; private set; } = [];

    public static string FieldName(string path) => path switch
    {
        "/code" => "Activation code:",
        "/username" => "User name:",
        "/password" => "Password:",
        _ => "Password again:",
    };

    public IActionResult OnGet() => HttpContext.Account() is { } account ? Redirect(WebHome.PathFor(account)) : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Password != Repeat)
        {
            return Refuse([new FieldError("/repeat", "must be the same as the password")]);
        }

        switch (await activate.RunAsync(Code, Username, Password, cancellationToken))
        {
            case ActivationOutcome.Activated { Account: var account }:
                await HttpContext.SignInAsync(WebSessionSetup.Scheme, SignedIn.PrincipalFor(account));
                return Redirect(WebHome.PathFor(account));
            case ActivationOutcome.Invalid invalid:
                return Refuse(invalid.Errors);
            default:
                throw new InvalidOperationException("An activation came to something unknown.");
        }
    }

    private PageResult Refuse(IReadOnlyList<FieldError> errors)
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        Errors = errors;
        Password = Repeat = null;
        return Page();
    }
}
