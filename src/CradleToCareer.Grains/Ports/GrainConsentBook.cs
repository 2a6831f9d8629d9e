using CradleToCareer.Abstractions;
using CradleToCareer.Application.Consents;
using CradleToCareer.Domain.Consent;

namespace CradleToCareer.Grains.Ports;

/// <summary>
/// A student's consents live in the person's <see cref="IStudentGrain"/>, which also updates the recipient's
/// <see cref="IOrganizationConsentsGrain"/> index.
/// </summary>
public sealed class GrainConsentBook(IGrainFactory grains) : IConsentBook
{
    public async Task<GrantOutcome> GrantAsync(string personId, string recipientOrgId, ConsentTerms terms, ConsentAttestation grantedBy)
    {
        var grant = await grains.Keyed<IStudentGrain>(personId).GrantConsentAsync(new ConsentRequest(
            recipientOrgId, terms.Scopes, terms.Purpose, terms.ExpiresAt, terms.Grantor, grantedBy.ClientId, grantedBy.StudentSession));
        return grant switch
        {
            { PersonExists: false } => new GrantOutcome.NotFound(),
            { Consent: { } consent } => new GrantOutcome.Granted(consent),
            _ => new GrantOutcome.Invalid(grant.Errors),
        };
    }

    public Task<IReadOnlyList<Consent>?> ForStudentAsync(string personId) =>
        grains.Keyed<IStudentGrain>(personId).GetConsentsAsync();

    public Task<bool> RevokeAsync(string personId, string consentId) =>
        grains.Keyed<IStudentGrain>(personId).RevokeConsentAsync(consentId);

    public Task<IReadOnlyList<Consent>> ForRecipientAsync(string organizationId) =>
        grains.Keyed<IOrganizationConsentsGrain>(organizationId).ListAsync();
}
