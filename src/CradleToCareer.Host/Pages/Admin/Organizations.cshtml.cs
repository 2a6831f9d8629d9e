using CradleToCareer.Application.Access;
using CradleToCareer.Domain.Access;
using CradleToCareer.Host.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CradleToCareer.Host.Pages.Admin;

/// <summary>
/// Every organization, and the form that registers one (people.md, admin), through the same
/// <see cref="OrganizationAdministration"/> as <c>POST /v1/organizations</c>.
/// </summary>
internal sealed class OrganizationsModel(IAccessRegistry registry, OrganizationAdministration administration) : PageModel
{
    public IReadOnlyList<Organization> Organizations { get; private set; } = [];

    [BindProperty]
    public string? Id { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Sources { get; set; }

    [BindProperty]
    public string? Institutions { get; set; }

    [BindProperty]
    public string? EventTypes { get; set; }

    [BindProperty]
    public bool StudentPortal { get; set; }

    /// <summary>The problems of the form's request, keyed by JSON Pointer as the API names them.</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();

    public string? Problem { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Organizations = await registry.ListOrganizationsAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var request = new OrganizationRequest(
            Id?.Trim(), Name, AdminForms.Lines(Sources), AdminForms.Lines(Institutions), AdminForms.Lines(EventTypes), StudentPortal);
        switch (await administration.RegisterAsync(request, cancellationToken))
        {
            case RegistrationOutcome.Registered { Organization: var organization }:
                return Redirect("/admin/organization?id=" + Uri.EscapeDataString(organization.Id));
            case RegistrationOutcome.Invalid invalid:
                Errors = invalid.Errors;
                Problem = "The organization was not registered: see the fields marked below.";
                return await RefuseAsync(StatusCodes.Status400BadRequest, cancellationToken);
            case RegistrationOutcome.HeldElsewhere held:
                Problem = "The organization was not registered: " + string.Join("; ", held.Claims.Select(
                    claim => $"{claim.Value} belongs to organization {claim.OrganizationId}")) + ". A source or institution belongs to one organization only.";
                return await RefuseAsync(StatusCodes.Status409Conflict, cancellationToken);
            default:
                Problem = $"The organization was not registered: the id {request.Id} is taken.";
                return await RefuseAsync(StatusCodes.Status409Conflict, cancellationToken);
        }
    }

    private async Task<PageResult> RefuseAsync(int status, CancellationToken cancellationToken)
    {
        Response.StatusCode = status;
        await OnGetAsync(cancellationToken);
        return Page();
    }
}
