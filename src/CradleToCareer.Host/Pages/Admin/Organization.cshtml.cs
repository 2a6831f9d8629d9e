using CradleToCareer.Application.Access;
using CradleToCareer.Application.Accounts;
using CradleToCareer.Domain.Access;
using CradleToCareer.Domain.Accounts;
using CradleToCareer.Host.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CradleToCareer.Host.Pages.Admin;

/// <summary>
/// One organization (<c>?id=</c>): its clients (create, rotate a secret, disable) and its people's staff accounts
/// (create, disable), through the same code as the API's admin routes. A new secret is shown once, on the answer to
/// the form that made it, and never again: it is never put in an address or a cookie.
/// </summary>
internal sealed class OrganizationModel(
    IAccessRegistry registry, OrganizationAdministration administration, StaffAccounts staff) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Id { get; set; }

    public Organization? Organization { get; private set; }

    public IReadOnlyList<ClientRecord> Clients { get; private set; } = [];

    public IReadOnlyList<WebAccountSummary> Accounts { get; private set; } = [];

    /// <summary>A client's new secret, shown on this answer only.</summary>
    public ClientCredentials? Issued { get; private set; }

    /// <summary>What the last form did, in words.</summary>
    public string? Done { get; private set; }

    public string? Problem { get; private set; }

    public IReadOnlyDictionary<string, string[]> ClientErrors { get; private set; } = new Dictionary<string, string[]>();

    public IReadOnlyList<Domain.Events.FieldError> AccountErrors { get; private set; } = [];

    [BindProperty]
    public string[] ClientRoles { get; set; } = [];

    [BindProperty]
    public string? Username { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty]
    public string[] AccountRoles { get; set; } = [];

    public static IReadOnlyList<string> AllRoles { get; } = [.. Roles.All.Order(StringComparer.Ordinal)];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await ShowAsync(cancellationToken);

    public async Task<IActionResult> OnPostClientAsync(CancellationToken cancellationToken)
    {
        switch (await administration.AddClientAsync(Id ?? "", new ClientRequest(ClientRoles), cancellationToken))
        {
            case ClientOutcome.Issued { Credentials: var credentials }:
                Issued = credentials;
                Done = $"Client {credentials.ClientId} was created.";
                return await ShowAsync(cancellationToken);
            case ClientOutcome.Invalid invalid:
                ClientErrors = invalid.Errors;
                return await RefuseAsync("The client was not created: " + string.Join(" ", AdminForms.ProblemsOf(invalid.Errors, "roles")), cancellationToken);
            default:
                return await ShowAsync(cancellationToken);
        }
    }

    public async Task<IActionResult> OnPostRotateAsync(string? clientId, CancellationToken cancellationToken)
    {
        Issued = await administration.RotateSecretAsync(Id ?? "", clientId ?? "", cancellationToken);
        return Issued is null
            ? await RefuseAsync("The organization has no client with this id.", cancellationToken, StatusCodes.Status404NotFound)
            : await DoneAsync($"Client {clientId} has a new secret; the old one no longer works.", cancellationToken);
    }

    public async Task<IActionResult> OnPostDisableClientAsync(string? clientId, CancellationToken cancellationToken) =>
        await administration.DisableClientAsync(Id ?? "", clientId ?? "", cancellationToken) is null
            ? await RefuseAsync("The organization has no client with this id.", cancellationToken, StatusCodes.Status404NotFound)
            : await DoneAsync($"Client {clientId} is disabled for good; its tokens stop working within 5 seconds.", cancellationToken);

    public async Task<IActionResult> OnPostAccountAsync(CancellationToken cancellationToken)
    {
        switch (await staff.CreateAsync(Id ?? "", Username, Password, AccountRoles, cancellationToken))
        {
            case StaffAccountOutcome.Created { Account: var account }:
                Username = null;
                Password = null;
                AccountRoles = [];
                return await DoneAsync($"The account {account.Username} was created. Give its user name and password to its owner.", cancellationToken);
            case StaffAccountOutcome.Invalid invalid:
                AccountErrors = invalid.Errors;
                Password = null;
                return await RefuseAsync("The account was not created: see the fields marked below.", cancellationToken);
            default:
                return await ShowAsync(cancellationToken);
        }
    }

    public async Task<IActionResult> OnPostDisableAccountAsync(string? accountId, CancellationToken cancellationToken) =>
        await staff.DisableAsync(Id ?? "", accountId ?? "", cancellationToken)
            ? await DoneAsync("The account is disabled for good; its sessions end at their next request.", cancellationToken)
            : await RefuseAsync("The organization has no staff account with this id.", cancellationToken, StatusCodes.Status404NotFound);

    private async Task<IActionResult> DoneAsync(string done, CancellationToken cancellationToken)
    {
        Done = done;
        return await ShowAsync(cancellationToken);
    }

    private async Task<IActionResult> RefuseAsync(string problem, CancellationToken cancellationToken, int status = StatusCodes.Status400BadRequest)
    {
        Problem = problem;
        var shown = await ShowAsync(cancellationToken);
        if (Organization is not null)
        {
            Response.StatusCode = status;
        }

        return shown;
    }

    private async Task<IActionResult> ShowAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Id))
        {
            return Page();
        }

        Organization = await registry.GetOrganizationAsync(Id, cancellationToken);
        if (Organization is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            Problem = "No organization has this id.";
            Done = null;
            Issued = null;
            return Page();
        }

        Clients = await registry.ListClientsAsync(Id, cancellationToken);
        Accounts = await staff.ListAsync(Id, cancellationToken);
        return Page();
    }

    public static IReadOnlyList<string> StaffRoles => StaffAccountRules.StaffRoles;
}
