using CradleToCareer.Domain.Consent;
using CradleToCareer.Domain.Disclosures;
using CradleToCareer.Storage.Access.Signing;
using CradleToCareer.Storage.Disclosures;

namespace CradleToCareer.Host.Api;

/// <summary>Records a disclosure to the calling client and its organization, under a consent, now.</summary>
public static class CallerDisclosures
{
    public static Task<RecordedDisclosure> RecordAsync(
        this IDisclosureRecord disclosures, HttpContext context, string personId, string scope, Consent consent, TimeProvider clock,
        CancellationToken cancellationToken) =>
        disclosures.AppendAsync(
            new Disclosure(
                personId,
                context.User.FindFirst(AccessTokenClaimNames.ClientId)?.Value ?? "",
                context.User.FindFirst(AccessTokenClaimNames.Organization)?.Value ?? "",
                scope,
                consent.ConsentId,
                consent.Purpose,
                clock.GetUtcNow()),
            cancellationToken);
}
