using CradleToCareer.Host.Sessions;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CradleToCareer.Host.Pages;

/// <summary>Ends the session: a form's POST, with its antiforgery token; a plain visit just goes to the sign-in page.</summary>
internal sealed class SignOutModel : PageModel
{
    public IActionResult OnGet() => Redirect(WebHome.SignInPath);

    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(WebSessionSetup.Scheme);
        return Redirect(WebHome.SignInPath);
    }
}
