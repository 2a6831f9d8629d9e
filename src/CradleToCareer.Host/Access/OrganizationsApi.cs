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
        OrganizationRequest request, IAccessRegistry registry, CancellationToken cancellationToken)
    {
        var errors = OrganizationRequests.Validate(request);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The organization is not valid");
        }

        var organization = OrganizationRequests.ToOrganization(request);
        return await registry.AddOrganizationAsync(organization, cancellationToken) switch
        {
            OrganizationRegistration.Added => TypedResults.Created($"/v1/organizations/{organization.Id}", organization),
            OrganizationRegistration.AlreadyHeld held => HeldElsewhere(organization, held.Claims),
            _ => TypedResults.Problem(
                $"An organization with id '{organization.Id}' exists already.", statusCode: StatusCodes.Status409Conflict, title: "Organization exists"),
        };
    }

    private static async Task<Ok<Organization[]>> ListAsync(IAccessRegistry registry, CancellationToken cancellationToken) =>
        TypedResults.Ok((await registry.ListOrganizationsAsync(cancellationToken)).ToArray());

    private static async Task<Results<Ok<Organization>, ProblemHttpResult>> GetAsync(
        string orgId, IAccessRegistry registry, CancellationToken cancellationToken) =>
        await registry.GetOrganizationAsync(orgId, cancellationToken) is { } organization
            ? TypedResults.Ok(organization)
            : OrganizationNotFound();

    private static async Task<Results<Created<ClientCredentials>, ValidationProblem, ProblemHttpResult>> CreateClientAsync(
        string orgId, ClientRequest request, IAccessRegistry registry, CancellationToken cancellationToken)
    {
        var errors = OrganizationRequests.Validate(request);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The client is not valid");
        }

        var roles = request.Roles!.Distinct(StringComparer.Ordinal).ToList();
        if (await registry.GetOrganizationAsync(orgId, cancellationToken) is not { } organization)
        {
            return OrganizationNotFound();
        }

        if (ClientRoles.Refusal(organization, roles) is { } refusal)
        {
            var path = $"/roles/{request.Roles!.ToList().IndexOf(Roles.StudentPortal)}";
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [path] = [refusal] }, title: "The client is not valid");
        }

        var issued = await registry.AddClientAsync(orgId, roles, cancellationToken);
        return issued is null
            ? OrganizationNotFound()
            : TypedResults.Created(
                $"/v1/organizations/{orgId}/clients/{issued.Client.ClientId}",
                new ClientCredentials(issued.Client.ClientId, issued.ClientSecret, issued.Client.Roles));
    }

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
        string orgId, string clientId, IAccessRegistry registry, CancellationToken cancellationToken)
    {
        var client = await registry.FindClientAsync(clientId, cancellationToken);
        if (client is null || client.OrganizationId != orgId)
        {
            return ClientNotFound();
        }

        var secret = await registry.RotateSecretAsync(clientId, cancellationToken);
        return secret is null ? ClientNotFound() : TypedResults.Ok(new ClientCredentials(clientId, secret, client.Roles));
    }

    private static async Task<Results<Ok<ClientSummary>, ProblemHttpResult>> DisableClientAsync(
        string orgId, string clientId, IAccessRegistry registry, CancellationToken cancellationToken)
    {
        var client = await registry.FindClientAsync(clientId, cancellationToken);
        if (client is null || client.OrganizationId != orgId)
        {
            return ClientNotFound();
        }

        var disabled = await registry.DisableClientAsync(clientId, cancellationToken);
        return disabled is null ? ClientNotFound() : TypedResults.Ok(ClientSummary.Of(disabled));
    }

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
