namespace CradleToCareer.Domain.Consent;

/// <summary>
/// A FERPA consent: a student (or guardian) lets one organization see some sections of the record for
/// a purpose, until it expires or is revoked. Revocation and expiry never delete it: the student's
/// list shows past consents too.
/// </summary>
/// <param name="GrantedByClientId">The student portal client that granted it; null for a consent granted before this was kept.</param>
/// <param name="StudentSession">
/// The portal's student session the grant was made in, as the portal named it; null when it named none.
/// </param>
public sealed record Consent(
    string ConsentId,
    string PersonId,
    string RecipientOrgId,
    IReadOnlyList<string> Scopes,
    string Purpose,
    string Grantor,
    DateTimeOffset GrantedAt,
    DateTimeOffset ExpiresAt,
    DateTimeOffset? RevokedAt,
    string? GrantedByClientId = null,
    string? StudentSession = null)
{
    public const string Active = "active";
    public const string Revoked = "revoked";
    public const string Expired = "expired";

    public string StatusAt(DateTimeOffset now) =>
        RevokedAt is not null ? Revoked : now >= ExpiresAt ? Expired : Active;

    /// <summary>True when, at that moment, the consent lets its recipient see the scope.</summary>
    public bool Covers(string scope, DateTimeOffset now) =>
        StatusAt(now) == Active && Scopes.Contains(scope, StringComparer.Ordinal);
}
