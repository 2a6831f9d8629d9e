using CradleToCareer.Application.Students;
using CradleToCareer.Domain.Consent;
using CradleToCareer.Domain.Disclosures;

namespace CradleToCareer.Application.Disclosures;

/// <summary>
/// The one way student data reaches another organization. It picks the consent the person gave the caller's
/// organization for the scope, builds the answer under that consent, records the disclosure durably, and only then
/// hands the answer back. Without such a consent, or when there is nothing to answer, it gives null: the caller
/// cannot tell "no consent" from "nobody", and nothing is recorded.
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
}
