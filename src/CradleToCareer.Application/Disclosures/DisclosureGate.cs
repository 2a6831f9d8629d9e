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
        if (await ConsentAsync(caller, personId, scope) is not { } pending
            || await answer(pending.Consent) is not { } disclosed)
        {
            return null;
        }

        await RecordAsync(pending, cancellationToken);
        return disclosed;
    }

    /// <summary>
    /// <see cref="DiscloseAsync{T}"/> for several persons at once, such as a page of an advisor's caseload. The answers
    /// are built side by side; the disclosures of those answered are appended together once every answer is built, so
    /// a record that groups its commits writes them in one, and the answers are handed back only after all of them are
    /// recorded. A person without a covering consent, or with nothing to answer, is left out and nothing is recorded
    /// for them.
    /// </summary>
    /// <param name="personIds">The persons (already resolved to surviving ids, each once).</param>
    /// <param name="answer">Builds one person's answer under the consent found; null when there is nothing to disclose.</param>
    /// <returns>The answers given, in the order of <paramref name="personIds"/>.</returns>
    public async Task<IReadOnlyList<T>> DiscloseEachAsync<T>(
        Caller caller,
        IReadOnlyList<string> personIds,
        DisclosureScope scope,
        Func<string, Consent, Task<T?>> answer,
        CancellationToken cancellationToken)
        where T : class
    {
        var built = await Task.WhenAll(personIds.Select(async personId =>
            await ConsentAsync(caller, personId, scope) is { } pending && await answer(personId, pending.Consent) is { } disclosed
                ? new Answered<T>(pending, disclosed)
                : null));
        var answered = built.OfType<Answered<T>>().ToList();
        await Task.WhenAll(answered.Select(a => RecordAsync(a.Pending, cancellationToken)));
        return [.. answered.Select(a => a.Answer)];
    }

    /// <summary>
    /// The first half of <see cref="DiscloseAsync{T}"/>, for a disclosure that may not happen after all (a webhook
    /// whose receiver cannot be reached): the consent that covers it now, or null. Nothing is recorded yet; the caller
    /// calls <see cref="RecordAsync"/> before the data leaves, and only if it does.
    /// </summary>
    public async Task<PendingDisclosure?> ConsentAsync(Caller caller, string personId, DisclosureScope scope) =>
        await students.ConsentAsync(personId, caller.OrganizationId, scope.RequiredScope) is { } consent
            ? new PendingDisclosure(caller, personId, scope, consent)
            : null;

    /// <summary>Records the disclosure, durably, as happening now.</summary>
    public async Task RecordAsync(PendingDisclosure pending, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pending);
        await record.AppendAsync(
            new Disclosure(
                pending.PersonId, pending.Caller.ClientId, pending.Caller.OrganizationId, pending.Scope.Recorded,
                pending.Consent.ConsentId, pending.Consent.Purpose, clock.GetUtcNow()),
            cancellationToken);
        Diagnostics.DisclosureTelemetry.Consented(pending.Scope.Recorded);
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
        Diagnostics.DisclosureTelemetry.Portal(read.Recorded);
        return shown;
    }

    private sealed record Answered<T>(PendingDisclosure Pending, T Answer);
}
