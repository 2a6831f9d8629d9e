using CradleToCareer.Application.Accounts;
using CradleToCareer.Domain.Access;
using CradleToCareer.Host.Api;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CradleToCareer.Host.Access;

/// <summary>
/// Staff accounts for the web pages (people.md, Signing in), under <c>/v1/organizations/{orgId}/accounts</c>, role
/// <c>admin</c>: the admin's OAuth client creates the first people's accounts, an admin's page the rest.
/// </summary>
public static class StaffAccountsApi
{
    /// <summary>Body of <c>POST /v1/organizations/{orgId}/accounts</c>.</summary>
    public sealed record StaffAccountBody(string? Username, string? Password, IReadOnlyList<string>? Roles);

    public static RouteGroupBuilder MapStaffAccountsApi(this RouteGroupBuilder accounts)
    {
        accounts
            .WithTags("Organizations")
            .RequireAuthorization(Roles.Admin)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        accounts.MapPost("", CreateAsync)
            .WithName("CreateStaffAccount")
            .WithSummary("Create a person's account for the web pages, with some of the organization's roles")
            .WithDescription("Roles are admin, advisor, college, steward and researcher. The user name is 3-64 letters, digits and . _ @ -, unique across the service and kept in lower case; the password is 12-256 characters and is kept only as a PBKDF2 hash.")
            .Produces<WebAccountSummary>(StatusCodes.Status201Created)
            .ProducesValidationProblem();
        accounts.MapGet("", ListAsync)
            .WithName("ListStaffAccounts")
            .WithSummary("The organization's staff accounts, disabled ones too; never a password")
            .Produces<IReadOnlyList<WebAccountSummary>>();
        accounts.MapPost("/{accountId}/disable", DisableAsync)
            .WithName("DisableStaffAccount")
            .WithSummary("Disable a staff account for good: its sessions end at their next request")
            .Produces(StatusCodes.Status204NoContent);
        return accounts;
    }

    private static async Task<Results<Created<WebAccountSummary>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        string orgId, StaffAccountBody body, StaffAccounts accounts, CancellationToken cancellationToken) =>
        await accounts.CreateAsync(orgId, body.Username, body.Password, body.Roles, cancellationToken) switch
        {
            StaffAccountOutcome.Created { Account: var account } => TypedResults.Created(
                $"/v1/organizations/{orgId}/accounts/{account.AccountId}", account),
            StaffAccountOutcome.Invalid invalid => TypedResults.ValidationProblem(
                ValidationErrors.ByPath(invalid.Errors), title: "The staff account is not valid"),
            _ => OrganizationsApi.OrganizationNotFound(),
        };

    private static async Task<Results<Ok<IReadOnlyList<WebAccountSummary>>, ProblemHttpResult>> ListAsync(
        string orgId, StaffAccounts accounts, Application.Access.IAccessRegistry registry, CancellationToken cancellationToken) =>
        await registry.GetOrganizationAsync(orgId, cancellationToken) is null
            ? OrganizationsApi.OrganizationNotFound()
            : TypedResults.Ok(await accounts.ListAsync(orgId, cancellationToken));

    private static async Task<Results<NoContent, ProblemHttpResult>> DisableAsync(
        string orgId, string accountId, StaffAccounts accounts, CancellationToken cancellationToken) =>
        await accounts.DisableAsync(orgId, accountId, cancellationToken)
            ? TypedResults.NoContent()
            : TypedResults.Problem(
                "The organization has no staff account with this id.", statusCode: StatusCodes.Status404NotFound, title: "Account not found");
}
