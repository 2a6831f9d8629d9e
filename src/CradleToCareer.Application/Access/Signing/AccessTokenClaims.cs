namespace CradleToCareer.Application.Access.Signing;

/// <summary>
/// Who an access token speaks for: the client, its organization, its roles and the scopes it was granted, and the
/// stamp of the client secret it was issued under (empty for none), so a new secret ends the token.
/// </summary>
public sealed record AccessTokenClaims(
    string ClientId, string OrganizationId, IReadOnlyList<string> Roles, IReadOnlyList<string> Scopes, string SecretStamp = "");
