using CradleToCareer.Domain.Access;
namespace CradleToCareer.Application.Access;

/// <summary>
/// The registry of organizations and their OAuth clients. Input is taken as given (the HTTP layer
/// validates it); client secrets are kept only as <see cref="ClientSecrets"/> hashes.
/// </summary>
public interface IAccessRegistry
{
    /// <summary>Registers the organization; false when one with this id exists already (nothing changed).</summary>
    Task<bool> AddOrganizationAsync(Organization organization, CancellationToken cancellationToken);

    Task<Organization?> GetOrganizationAsync(string organizationId, CancellationToken cancellationToken);

    /// <summary>
    /// Creates a client with a fresh id and secret; null when the organization is unknown. The secret
    /// is generated here, returned once and stored only hashed.
    /// </summary>
    Task<IssuedClient?> AddClientAsync(string organizationId, IReadOnlyList<string> roles, CancellationToken cancellationToken);

    /// <summary>The client with this id, or null; for administration, never for authentication.</summary>
    Task<ClientRecord?> FindClientAsync(string clientId, CancellationToken cancellationToken);

    /// <summary>
    /// The client when the id exists and the secret matches, else null, never saying which was wrong.
    /// An unknown id costs about as much time as a wrong secret.
    /// </summary>
    Task<ClientRecord?> VerifyAsync(string clientId, string clientSecret, CancellationToken cancellationToken);

    /// <summary>A new secret (the old one stops working at once), or null when the client is unknown.</summary>
    Task<string?> RotateSecretAsync(string clientId, CancellationToken cancellationToken);

    /// <summary>
    /// Bootstrap: creates the client, or updates its secret and roles, so that afterwards the given secret
    /// verifies with the given roles; creates the organization (named after its id, with no sources,
    /// institutions or event types) when it is missing. Idempotent.
    /// </summary>
    Task EnsureClientAsync(string clientId, string clientSecret, string organizationId, IReadOnlyList<string> roles, CancellationToken cancellationToken);
}
