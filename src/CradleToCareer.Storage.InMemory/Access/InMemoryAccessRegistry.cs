using CradleToCareer.Domain.Access;
using CradleToCareer.Application.Access;
namespace CradleToCareer.Storage.InMemory.Access;

/// <summary>
/// The embedded default's access registry: same semantics as the PostgreSQL registry, held in process
/// memory, so nothing survives a restart. Hashing runs outside the lock.
/// </summary>
public sealed class InMemoryAccessRegistry : IAccessRegistry
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Organization> _organizations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, StoredClient> _clients = new(StringComparer.Ordinal);

    public Task<bool> AddOrganizationAsync(Organization organization, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_organizations.TryAdd(organization.Id, Copy(organization)));
        }
    }

    public Task<Organization?> GetOrganizationAsync(string organizationId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_organizations.GetValueOrDefault(organizationId));
        }
    }

    public Task<IssuedClient?> AddClientAsync(string organizationId, IReadOnlyList<string> roles, CancellationToken cancellationToken)
    {
        var secret = ClientSecrets.Generate();
        var stored = new StoredClient(new ClientRecord(ClientIds.New(), organizationId, [.. roles]), ClientSecrets.Hash(secret));
        lock (_gate)
        {
            if (!_organizations.ContainsKey(organizationId))
            {
                return Task.FromResult<IssuedClient?>(null);
            }

            _clients.Add(stored.Record.ClientId, stored);
            return Task.FromResult<IssuedClient?>(new IssuedClient(stored.Record, secret));
        }
    }

    public Task<ClientRecord?> FindClientAsync(string clientId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_clients.GetValueOrDefault(clientId)?.Record);
        }
    }

    public Task<ClientRecord?> VerifyAsync(string clientId, string clientSecret, CancellationToken cancellationToken)
    {
        StoredClient? stored;
        lock (_gate)
        {
            stored = _clients.GetValueOrDefault(clientId);
        }

        if (stored is null)
        {
            ClientSecrets.VerifyAgainstDecoy(clientSecret);
            return Task.FromResult<ClientRecord?>(null);
        }

        return Task.FromResult(ClientSecrets.Verify(clientSecret, stored.SecretHash) ? stored.Record : null);
    }

    public Task<string?> RotateSecretAsync(string clientId, CancellationToken cancellationToken)
    {
        var secret = ClientSecrets.Generate();
        var hash = ClientSecrets.Hash(secret);
        lock (_gate)
        {
            if (!_clients.TryGetValue(clientId, out var stored))
            {
                return Task.FromResult<string?>(null);
            }

            _clients[clientId] = stored with { SecretHash = hash };
            return Task.FromResult<string?>(secret);
        }
    }

    public Task EnsureClientAsync(
        string clientId, string clientSecret, string organizationId, IReadOnlyList<string> roles, CancellationToken cancellationToken)
    {
        string? currentHash;
        lock (_gate)
        {
            currentHash = _clients.GetValueOrDefault(clientId)?.SecretHash;
        }

        var hash = ClientBootstrap.HashFor(currentHash, clientSecret);
        lock (_gate)
        {
            _organizations.TryAdd(organizationId, ClientBootstrap.Organization(organizationId));
            _clients[clientId] = _clients.TryGetValue(clientId, out var stored)
                ? new StoredClient(stored.Record with { Roles = [.. roles] }, hash)
                : new StoredClient(new ClientRecord(clientId, organizationId, [.. roles]), hash);
        }

        return Task.CompletedTask;
    }

    private static Organization Copy(Organization organization) => organization with
    {
        Sources = [.. organization.Sources],
        Institutions = [.. organization.Institutions],
        AllowedEventTypes = [.. organization.AllowedEventTypes],
    };

    private sealed record StoredClient(ClientRecord Record, string SecretHash);
}
