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
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        organizations.MapPost("/{orgId}/clients", CreateClientAsync)
            .WithName("CreateClient")
            .WithSummary("Create a client of the organization with roles; the secret is shown once")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        organizations.MapPost("/{orgId}/clients/{clientId}/secret", RotateSecretAsync)
            .WithName("RotateClientSecret")
            .WithSummary("Replace a client's secret; the old one stops working at once, the new one is shown once")
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
        return await registry.AddOrganizationAsync(organization, cancellationToken)
            ? TypedResults.Created($"/v1/organizations/{organization.Id}", organization)
            : TypedResults.Problem($"An organization with id '{organization.Id}' exists already.", statusCode: StatusCodes.Status409Conflict, title: "Organization exists");
    }

    private static async Task<Results<Created<ClientCredentials>, ValidationProblem, ProblemHttpResult>> CreateClientAsync(
        string orgId, ClientRequest request, IAccessRegistry registry, CancellationToken cancellationToken)
    {
        var errors = OrganizationRequests.Validate(request);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The client is not valid");
        }

        var issued = await registry.AddClientAsync(orgId, request.Roles!.Distinct(StringComparer.Ordinal).ToList(), cancellationToken);
        return issued is null
            ? OrganizationNotFound()
            : TypedResults.Created(
                $"/v1/organizations/{orgId}/clients/{issued.Client.ClientId}",
                new ClientCredentials(issued.Client.ClientId, issued.ClientSecret, issued.Client.Roles));
    }

    private static async Task<Results<Ok<ClientCredentials>, ProblemHttpResult>> RotateSecretAsync(
        string orgId, string clientId, IAccessRegistry registry, CancellationToken cancellationToken)
    {
        var client = await registry.FindClientAsync(clientId, cancellationToken);
        if (client is null || client.OrganizationId != orgId)
        {
            return TypedResults.Problem("The organization has no client with this id.", statusCode: StatusCodes.Status404NotFound, title: "Client not found");
        }

        var secret = await registry.RotateSecretAsync(clientId, cancellationToken);
        return secret is null
            ? TypedResults.Problem("The organization has no client with this id.", statusCode: StatusCodes.Status404NotFound, title: "Client not found")
            : TypedResults.Ok(new ClientCredentials(clientId, secret, client.Roles));
    }

    private static ProblemHttpResult OrganizationNotFound() =>
        TypedResults.Problem("No organization has this id.", statusCode: StatusCodes.Status404NotFound, title: "Organization not found");
}
