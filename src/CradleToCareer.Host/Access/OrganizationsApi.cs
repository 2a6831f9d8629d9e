using CradleToCareer.Domain.Access;
using CradleToCareer.Application.Access;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CradleToCareer.Host.Access;

/// <summary>Organizations and their clients (role <c>admin</c>).</summary>
public static class OrganizationsApi
{
    public static RouteGroupBuilder MapOrganizationsApi(this RouteGroupBuilder organizations)
    {
        organizations
            .WithTags("Organizations")
            .RequireAuthorization(Roles.Admin)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        organizations.MapPost("", CreateAsync)
            .WithName("CreateOrganization")
            .WithSummary("Register an organization: its source URIs, institution ids and allowed event types")
            .WithDescription(
                "A source URI, and an institution id, belongs to at most one organization: registering one another " +
                "organization holds is 409, naming it. \"studentPortal\": true (default false) lets the organization's " +
                "clients hold the role student-portal.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        organizations.MapGet("", ListAsync)
            .WithName("ListOrganizations")
            .WithSummary("Every organization, ordered by id");
        organizations.MapGet("/{orgId}", GetAsync)
            .WithName("GetOrganization")
            .WithSummary("One organization")
            .ProducesProblem(StatusCodes.Status404NotFound);
        organizations.MapPost("/{orgId}/clients", CreateClientAsync)
            .WithName("CreateClient")
            .WithSummary("Create a client of the organization with roles; the secret is shown once")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        organizations.MapGet("/{orgId}/clients", ListClientsAsync)
            .WithName("ListClients")
            .WithSummary("The organization's clients, disabled ones too; never a secret")
            .ProducesProblem(StatusCodes.Status404NotFound);
        organizations.MapPost("/{orgId}/clients/{clientId}/secret", RotateSecretAsync)
            .WithName("RotateClientSecret")
            .WithSummary("Replace a client's secret; the old one stops working at once and tokens issued under it within 5 seconds")
            .ProducesProblem(StatusCodes.Status404NotFound);
        organizations.MapPost("/{orgId}/clients/{clientId}/disable", DisableClientAsync)
            .WithName("DisableClient")
            .WithSummary("Disable a client for good: it gets no more tokens and its tokens stop working within 5 seconds")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return organizations;
    }

    private static async Task<Results<Created<Organization>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        OrganizationRequest request, OrganizationAdministration administration, CancellationToken cancellationToken) =>
        await administration.RegisterAsync(request, cancellationToken) switch
        {
            RegistrationOutcome.Registered { Organization: var organization } =>
                TypedResults.Created($"/v1/organizations/{organization.Id}", organization),
            RegistrationOutcome.Invalid invalid => TypedResults.ValidationProblem(invalid.Errors, title: "The organization is not valid"),
            RegistrationOutcome.HeldElsewhere held => HeldElsewhere(held.Organization, held.Claims),
            RegistrationOutcome.IdTaken taken => TypedResults.Problem(
                $"An organization with id '{taken.Organization.Id}' exists already.", statusCode: StatusCodes.Status409Conflict, title: "Organization exists"),
            _ => throw new InvalidOperationException("A registration came to something unknown."),
        };

    private static async Task<Ok<Organization[]>> ListAsync(IAccessRegistry registry, CancellationToken cancellationToken) =>
        TypedResults.Ok((await registry.ListOrganizationsAsync(cancellationToken)).ToArray());

    private static async Task<Results<Ok<Organization>, ProblemHttpResult>> GetAsync(
        string orgId, IAccessRegistry registry, CancellationToken cancellationToken) =>
        await registry.GetOrganizationAsync(orgId, cancellationToken) is { } organization
            ? TypedResults.Ok(organization)
            : OrganizationNotFound();

    private static async Task<Results<Created<ClientCredentials>, ValidationProblem, ProblemHttpResult>> CreateClientAsync(
        string orgId, ClientRequest request, OrganizationAdministration administration, CancellationToken cancellationToken) =>
        await administration.AddClientAsync(orgId, request, cancellationToken) switch
        {
            ClientOutcome.Issued { Credentials: var credentials } =>
                TypedResults.Created($"/v1/organizations/{orgId}/clients/{credentials.ClientId}", credentials),
            ClientOutcome.Invalid invalid => TypedResults.ValidationProblem(invalid.Errors, title: "The client is not valid"),
            _ => OrganizationNotFound(),
        };

    private static async Task<Results<Ok<ClientSummary[]>, ProblemHttpResult>> ListClientsAsync(
        string orgId, IAccessRegistry registry, CancellationToken cancellationToken)
    {
        if (await registry.GetOrganizationAsync(orgId, cancellationToken) is null)
        {
            return OrganizationNotFound();
        }

        var clients = await registry.ListClientsAsync(orgId, cancellationToken);
        return TypedResults.Ok(clients.Select(ClientSummary.Of).ToArray());
    }

    private static async Task<Results<Ok<ClientCredentials>, ProblemHttpResult>> RotateSecretAsync(
        string orgId, string clientId, OrganizationAdministration administration, CancellationToken cancellationToken) =>
        await administration.RotateSecretAsync(orgId, clientId, cancellationToken) is { } credentials
            ? TypedResults.Ok(credentials)
            : ClientNotFound();

    private static async Task<Results<Ok<ClientSummary>, ProblemHttpResult>> DisableClientAsync(
        string orgId, string clientId, OrganizationAdministration administration, CancellationToken cancellationToken) =>
        await administration.DisableClientAsync(orgId, clientId, cancellationToken) is { } disabled
            ? TypedResults.Ok(disabled)
            : ClientNotFound();

    /// <summary>409 with one entry per held source or institution, at its place in the request, naming its organization.</summary>
    private static ProblemHttpResult HeldElsewhere(Organization organization, IReadOnlyList<HeldClaim> held)
    {
        var errors = held.ToDictionary(
            claim => claim.Kind == ClaimKind.Source
                ? $"/sources/{organization.Sources.ToList().IndexOf(claim.Value)}"
                : $"/institutions/{organization.Institutions.ToList().IndexOf(claim.Value)}",
            claim => new[] { $"is held by organization '{claim.OrganizationId}'" });
        return TypedResults.Problem(
            "A source URI, and an institution id, belongs to at most one organization; " +
            string.Join("; ", held.Select(claim => $"'{claim.Value}' belongs to organization '{claim.OrganizationId}'")) + ".",
            statusCode: StatusCodes.Status409Conflict,
            title: "Source or institution held by another organization",
            extensions: new Dictionary<string, object?> { ["errors"] = errors });
    }

    internal static ProblemHttpResult OrganizationNotFound() =>
        TypedResults.Problem("No organization has this id.", statusCode: StatusCodes.Status404NotFound, title: "Organization not found");

    private static ProblemHttpResult ClientNotFound() =>
        TypedResults.Problem("The organization has no client with this id.", statusCode: StatusCodes.Status404NotFound, title: "Client not found");
}
