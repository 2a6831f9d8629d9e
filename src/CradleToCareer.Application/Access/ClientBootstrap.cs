using CradleToCareer.Domain.Access;
namespace CradleToCareer.Application.Access;

/// <summary>The rules <see cref="IAccessRegistry.EnsureClientAsync"/> shares between registries.</summary>
public static class ClientBootstrap
{
    /// <summary>
    /// The hash to store for the configured secret: the current one when it already matches, so a restart
    /// with unchanged configuration rewrites nothing, else a fresh hash.
    /// </summary>
    public static string HashFor(string? currentHash, string secret) =>
        currentHash is not null && ClientSecrets.Verify(secret, currentHash) ? currentHash : ClientSecrets.Hash(secret);

    /// <summary>The organization created for a bootstrap client whose organization is missing.</summary>
    public static Organization Organization(string organizationId) =>
        new(organizationId, organizationId, [], [], []);
}
