using CradleToCareer.Application.Access;
using CradleToCareer.Domain.Access;

namespace CradleToCareer.Host.Access;

/// <summary>What registering an organization came to.</summary>
public abstract record RegistrationOutcome
{
    private RegistrationOutcome()
    {
    }

    /// <summary>The request is not valid; errors keyed by JSON Pointer.</summary>
    public sealed record Invalid(Dictionary<string, string[]> Errors) : RegistrationOutcome;

    public sealed record Registered(Organization Organization) : RegistrationOutcome;

    public sealed record IdTaken(Organization Organization) : RegistrationOutcome;

    /// <summary>Some of its sources or institutions belong to other organizations; nothing changed.</summary>
    public sealed record HeldElsewhere(Organization Organization, IReadOnlyList<HeldClaim> Claims) : RegistrationOutcome;
}

/// <summary>What creating a client came to.</summary>
public abstract record ClientOutcome
{
    private ClientOutcome()
    {
    }

    public sealed record Invalid(Dictionary<string, string[]> Errors) : ClientOutcome;

    public sealed record NotFound : ClientOutcome;

    /// <summary>The new client with its secret, shown this once.</summary>
    public sealed record Issued(ClientCredentials Credentials) : ClientOutcome;
}

/// <summary>
/// An admin's work on organizations and their clients, one copy for the API and the admin pages: the request is
/// checked, the roles a client may hold are checked against its organization, and the registry does the rest.
/// </summary>
public sealed class OrganizationAdministration(IAccessRegistry registry)
{
    public async Task<RegistrationOutcome> RegisterAsync(OrganizationRequest request, CancellationToken cancellationToken)
    {
        var errors = OrganizationRequests.Validate(request);
        if (errors.Count > 0)
        {
            return new RegistrationOutcome.Invalid(errors);
        }

        var organization = OrganizationRequests.ToOrganization(request);
        return await registry.AddOrganizationAsync(organization, cancellationToken) switch
        {
            OrganizationRegistration.Added => new RegistrationOutcome.Registered(organization),
            OrganizationRegistration.AlreadyHeld held => new RegistrationOutcome.HeldElsewhere(organization, held.Claims),
            _ => new RegistrationOutcome.IdTaken(organization),
        };
    }

    public async Task<ClientOutcome> AddClientAsync(string organizationId, ClientRequest request, CancellationToken cancellationToken)
    {
        var errors = OrganizationRequests.Validate(request);
        if (errors.Count > 0)
        {
            return new ClientOutcome.Invalid(errors);
        }

        if (await registry.GetOrganizationAsync(organizationId, cancellationToken) is not { } organization)
        {
            return new ClientOutcome.NotFound();
        }

        var roles = request.Roles!.Distinct(StringComparer.Ordinal).ToList();
        if (ClientRoles.Refusal(organization, roles) is { } refusal)
        {
            var path = $"/roles/{request.Roles!.ToList().IndexOf(Roles.StudentPortal)}";
            return new ClientOutcome.Invalid(new Dictionary<string, string[]> { [path] = [refusal] });
        }

        return await registry.AddClientAsync(organizationId, roles, cancellationToken) is { } issued
            ? new ClientOutcome.Issued(new ClientCredentials(issued.Client.ClientId, issued.ClientSecret, issued.Client.Roles))
            : new ClientOutcome.NotFound();
    }

    /// <summary>A new secret for a client of the organization, shown this once; null when it has no such client.</summary>
    public async Task<ClientCredentials?> RotateSecretAsync(string organizationId, string clientId, CancellationToken cancellationToken) =>
        await ClientOfAsync(organizationId, clientId, cancellationToken) is { } client
        && await registry.RotateSecretAsync(clientId, cancellationToken) is { } secret
            ? new ClientCredentials(clientId, secret, client.Roles)
            : null;

    /// <summary>Disables a client of the organization for good; null when it has no such client.</summary>
    public async Task<ClientSummary?> DisableClientAsync(string organizationId, string clientId, CancellationToken cancellationToken) =>
        await ClientOfAsync(organizationId, clientId, cancellationToken) is not null
        && await registry.DisableClientAsync(clientId, cancellationToken) is { } disabled
            ? ClientSummary.Of(disabled)
            : null;

    private async Task<ClientRecord?> ClientOfAsync(string organizationId, string clientId, CancellationToken cancellationToken) =>
        await registry.FindClientAsync(clientId, cancellationToken) is { } client && client.OrganizationId == organizationId ? client : null;
}
