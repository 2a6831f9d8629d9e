using CradleToCareer.Application.Students;
using CradleToCareer.Domain.Consent;
using CradleToCareer.Domain.Disclosures;

namespace CradleToCareer.Application.Disclosures;

/// <summary>
/// The one way student data reaches another organization. It picks the consent the person gave the caller's
/// organization for the scope, builds the answer under that consent, records the disclosure durably, and only then
/// hands the answer back. Without such a consent, or when there is nothing to answer, it gives null: the caller
/// cannot tell "no consent" from "nobody", and nothing is recorded. A student portal reads without a consent
/// (<see cref="ShowToPortalAsync"/>), but every read it makes is recorded here all the same.
/// </summary>
public sealed class DisclosureGate(IStudentRecords students, IDisclosureRecord record, TimeProvider clock)
{
    /// <param name="caller">Who the data goes to; the disclosure names its client and organization.</param>
    /// <param name="personId">The person whose data it is (already resolved to the surviving id).</param>
    /// <param name="scope">What the disclosure is recorded as and what the consent must cover.</param>
    /// <param name="answer">Builds the answer under the consent found; null when there is nothing to disclose.</param>
    public async Task<T?> DiscloseAsync<T>(
        Caller caller, string personId, DisclosureScope scope, Func<Consent, Task<T?>> answer, CancellationToken cancellationToken)
        where T : class
    {
        if (await students.ConsentAsync(personId, caller.OrganizationId, scope.RequiredScope) is not { } consent
            || await answer(consent) is not { } disclosed)
        {
            return null;
        }

        await record.AppendAsync(
            new Disclosure(personId, caller.ClientId, caller.OrganizationId, scope.Recorded, consent.ConsentId, consent.Purpose, clock.GetUtcNow()),
            cancellationToken);
        return disclosed;
    }

    /// <summary>
    /// A read by a student portal, which needs no consent (api.md) but is recorded like any other disclosure: the
    /// portal's client and organization, what it read, the student session it named, and the time. The answer is
    /// built first and handed back only after its entry is recorded; when there is nothing to answer, nothing is.
    /// </summary>
    /// <param name="caller">The portal client, with the student session it named.</param>
    /// <param name="personId">The person whose data it is (already resolved to the surviving id).</param>
    /// <param name="read">What the portal reads, as recorded.</param>
    /// <param name="answer">Builds the answer; null when there is nothing to show.</param>
    public async Task<T?> ShowToPortalAsync<T>(
        Caller caller, string personId, PortalRead read, Func<Task<T?>> answer, CancellationToken cancellationToken)
        where T : class
    {
        if (await answer() is not { } shown)
        {
            return null;
        }

        await record.AppendAsync(
            new Disclosure(
                personId, caller.ClientId, caller.OrganizationId, read.Recorded, PortalRead.NoConsent,
                PortalRead.PurposeFor(caller.StudentSession), clock.GetUtcNow()),
            cancellationToken);
        return shown;
    }
}
