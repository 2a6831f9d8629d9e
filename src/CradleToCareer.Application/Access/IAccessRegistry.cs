using CradleToCareer.Domain.Access;
namespace CradleToCareer.Application.Access;

/// <summary>
/// The registry of organizations and their OAuth clients. Input is taken as given (the HTTP layer
/// validates it); client secrets are kept only as <see cref="ClientSecrets"/> hashes.
/// </summary>
public interface IAccessRegistry
{
    /// <summary>
    /// Registers the organization with its sources and institutions. A source URI, and an institution id, belongs
    /// to at most one organization: when another holds one of them, or the id is taken, nothing changes.
    /// </summary>
    Task<OrganizationRegistration> AddOrganizationAsync(Organization organization, CancellationToken cancellationToken);

    Task<Organization?> GetOrganizationAsync(string organizationId, CancellationToken cancellationToken);

    /// <summary>Every organization, ordered by id.</summary>
    Task<IReadOnlyList<Organization>> ListOrganizationsAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Creates a client with a fresh id and secret; null when the organization is unknown. The secret
    /// is generated here, returned once and stored only hashed.
    /// </summary>
    Task<IssuedClient?> AddClientAsync(string organizationId, IReadOnlyList<string> roles, CancellationToken cancellationToken);

    /// <summary>The client with this id, or null; for administration and token validation, never for authentication.</summary>
    Task<ClientRecord?> FindClientAsync(string clientId, CancellationToken cancellationToken);

    /// <summary>The organization's clients, ordered by id (disabled ones too).</summary>
    Task<IReadOnlyList<ClientRecord>> ListClientsAsync(string organizationId, CancellationToken cancellationToken);

    /// <summary>
    /// The client when the id exists, it is not disabled and the secret matches, else null, never saying which was
    /// wrong. An unknown id costs about as much time as a wrong secret.
    /// </summary>
    Task<ClientRecord?> VerifyAsync(string clientId, string clientSecret, CancellationToken cancellationToken);

    /// <summary>A new secret (the old one stops working at once), or null when the client is unknown.</summary>
    Task<string?> RotateSecretAsync(string clientId, CancellationToken cancellationToken);

    /// <summary>
    /// Disables the client for good (disabling again keeps the first time); it gets no more tokens. The client as
    /// it is now, or null when it is unknown.
    /// </summary>
    Task<ClientRecord?> DisableClientAsync(string clientId, CancellationToken cancellationToken);

    /// <summary>
    /// Bootstrap: creates the client, or updates its secret and roles and enables it again, so that afterwards the
    /// given secret verifies with the given roles; creates the organization (named after its id, with no sources,
    /// institutions or event types) when it is missing. Idempotent.
    /// </summary>
    Task EnsureClientAsync(string clientId, string clientSecret, string organizationId, IReadOnlyList<string> roles, CancellationToken cancellationToken);
}
