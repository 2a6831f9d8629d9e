namespace CradleToCareer.Application;

/// <summary>
/// Who asks: the client, the organization it acts for, and the roles its token grants. Every use case takes one, so
/// no use case needs to know how the caller proved who it is (a bearer token, a webhook subscription's owner).
/// </summary>
public sealed record Caller(string ClientId, string OrganizationId, IReadOnlySet<string> Roles)
{
    /// <summary>A caller acting through one of its standing arrangements rather than a request: a subscription's owner.</summary>
    public static Caller Owner(string clientId, string organizationId) =>
        new(clientId, organizationId, new HashSet<string>(StringComparer.Ordinal));

    public bool IsIn(string role) => Roles.Contains(role);
}
