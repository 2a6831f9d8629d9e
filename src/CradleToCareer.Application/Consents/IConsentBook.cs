using CradleToCareer.Domain.Consent;

namespace CradleToCareer.Application.Consents;

/// <summary>
/// Where consents are held: each student's record holds its own and checks them at every access; each recipient
/// organization has an index of those granted to it.
/// </summary>
public interface IConsentBook
{
    /// <summary>
    /// Grants when the terms satisfy rules.md (scopes, purpose, expiry, and the grantor the student's record calls
    /// for), keeping who granted it with it; <see cref="GrantOutcome.NotFound"/> when no event names the person.
    /// </summary>
    Task<GrantOutcome> GrantAsync(string personId, string recipientOrgId, ConsentTerms terms, ConsentAttestation grantedBy);

    /// <summary>Every consent of the person, active and past, oldest first; null when no event names the person.</summary>
    Task<IReadOnlyList<Consent>?> ForStudentAsync(string personId);

    /// <summary>Revokes at once (a revoked one stays as it is); false when the person holds no consent with this id.</summary>
    Task<bool> RevokeAsync(string personId, string consentId);

    /// <summary>The consents granted to the organization, active and past, oldest first.</summary>
    Task<IReadOnlyList<Consent>> ForRecipientAsync(string organizationId);
}
