namespace CradleToCareer.Application.Access.Signing;

/// <summary>Who an access token speaks for: the client, its organization, its roles and the scopes it was granted.</summary>
public sealed record AccessTokenClaims(string ClientId, string OrganizationId, IReadOnlyList<string> Roles, IReadOnlyList<string> Scopes);
