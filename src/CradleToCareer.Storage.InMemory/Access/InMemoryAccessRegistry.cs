using CradleToCareer.Domain.Access;
using CradleToCareer.Application.Access;
namespace CradleToCareer.Storage.InMemory.Access;

/// <summary>
/// The embedded default's access registry: same semantics as the PostgreSQL registry, held in process
/// memory, so nothing survives a restart. Hashing runs outside the lock.
/// </summary>
public sealed class InMemoryAccessRegistry(TimeProvider clock) : IAccessRegistry
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Organization> _organizations = new(StringComparer.Ordinal);
    private readonly Dictionary<(ClaimKind Kind, string Value), string> _holders = [];
    private readonly Dictionary<string, StoredClient> _clients = new(StringComparer.Ordinal);

    public InMemoryAccessRegistry()
        : this(TimeProvider.System)
    {
    }

    public Task<OrganizationRegistration> AddOrganizationAsync(Organization organization, CancellationToken cancellationToken)
    {
        var claims = OrganizationClaims.Of(organization);
        lock (_gate)
        {
            if (_organizations.ContainsKey(organization.Id))
            {
                return Task.FromResult<OrganizationRegistration>(new OrganizationRegistration.IdTaken());
            }

            var held = claims
                .Where(_holders.ContainsKey)
                .Select(claim => new HeldClaim(claim.Kind, claim.Value, _holders[claim]))
                .ToList();
            if (held.Count > 0)
            {
                return Task.FromResult<OrganizationRegistration>(new OrganizationRegistration.AlreadyHeld(held));
            }

            _organizations.Add(organization.Id, Copy(organization));
            foreach (var claim in claims)
            {
                _holders.Add(claim, organization.Id);
            }

            return Task.FromResult<OrganizationRegistration>(new OrganizationRegistration.Added());
        }
    }

    public Task<Organization?> GetOrganizationAsync(string organizationId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_organizations.GetValueOrDefault(organizationId));
        }
    }

    public Task<IReadOnlyList<Organization>> ListOrganizationsAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<Organization>>(
                [.. _organizations.Values.OrderBy(organization => organization.Id, StringComparer.Ordinal)]);
        }
    }

    public Task<IssuedClient?> AddClientAsync(string organizationId, IReadOnlyList<string> roles, CancellationToken cancellationToken)
    {
        var secret = ClientSecrets.Generate();
        var stored = StoredClient.Of(new ClientRecord(ClientIds.New(), organizationId, [.. roles]), ClientSecrets.Hash(secret));
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

    public Task<IReadOnlyList<ClientRecord>> ListClientsAsync(string organizationId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<ClientRecord>>(
            [
                .. _clients.Values
                    .Select(stored => stored.Record)
                    .Where(client => client.OrganizationId == organizationId)
                    .OrderBy(client => client.ClientId, StringComparer.Ordinal),
            ]);
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

        var verified = ClientSecrets.Verify(clientSecret, stored.SecretHash) && stored.Record.DisabledAt is null;
        return Task.FromResult(verified ? stored.Record : null);
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

            _clients[clientId] = StoredClient.Of(stored.Record with { SecretChangedAt = clock.GetUtcNow() }, hash);
            return Task.FromResult<string?>(secret);
        }
    }

    public Task<ClientRecord?> DisableClientAsync(string clientId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (!_clients.TryGetValue(clientId, out var stored))
            {
                return Task.FromResult<ClientRecord?>(null);
            }

            if (stored.Record.DisabledAt is null)
            {
                stored = stored with { Record = stored.Record with { DisabledAt = clock.GetUtcNow() } };
                _clients[clientId] = stored;
            }

            return Task.FromResult<ClientRecord?>(stored.Record);
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
                ? StoredClient.Of(
                    stored.Record with
                    {
                        Roles = [.. roles],
                        DisabledAt = null,
                        SecretChangedAt = stored.SecretHash == hash ? stored.Record.SecretChangedAt : clock.GetUtcNow(),
                    },
                    hash)
                : StoredClient.Of(new ClientRecord(clientId, organizationId, [.. roles]), hash);
        }

        return Task.CompletedTask;
    }

    private static Organization Copy(Organization organization) => organization with
    {
        Sources = [.. organization.Sources],
        Institutions = [.. organization.Institutions],
        AllowedEventTypes = [.. organization.AllowedEventTypes],
    };

    private sealed record StoredClient(ClientRecord Record, string SecretHash)
    {
        /// <summary>The client with the stamp of its hash, so the record always names the secret it has.</summary>
        public static StoredClient Of(ClientRecord record, string hash) =>
            new(record with { SecretStamp = ClientSecrets.StampOf(hash) }, hash);
    }
}
