using CradleToCareer.Application.Disclosures;
using CradleToCareer.Application.Identity;
using CradleToCareer.Domain.Transcripts.Requests;

namespace CradleToCareer.Application.Exchange;

/// <summary>
/// The student portal lists the transcript requests awaiting the student's consent, from every organization, oldest
/// first, leaving out those the student declined (exchange.md, step 3). Requests resolved to an id the person was
/// merged away from are theirs too. Each list is recorded as a disclosure to the portal.
/// </summary>
public sealed class ListWaitingTranscriptRequests(IIdentityStore identity, ITranscriptRequestStore store, DisclosureGate gate)
{
    /// <returns>Null when no student record has the person id.</returns>
    public async Task<IReadOnlyList<TranscriptRequestRecord>?> RunAsync(Caller caller, string personId, CancellationToken cancellationToken) =>
        await identity.CurrentAsync(personId, cancellationToken) is { } current
            ? await gate.ShowToPortalAsync(
                caller, current, PortalRead.TranscriptRequests, () => WaitingAsync(store, current, personId, cancellationToken), cancellationToken)
            : null;

    /// <summary>The requests waiting for the person, under the id they go by now and the one asked for, oldest first.</summary>
    internal static async Task<IReadOnlyList<TranscriptRequestRecord>?> WaitingAsync(
        ITranscriptRequestStore store, string current, string asked, CancellationToken cancellationToken)
    {
        var waiting = (await store.WaitingForAsync(current, cancellationToken)).ToList();
        if (asked != current)
        {
            waiting.AddRange(await store.WaitingForAsync(asked, cancellationToken));
        }

        return [.. waiting.OrderBy(request => request.ReceivedAt).ThenBy(request => request.RequestId, StringComparer.Ordinal)];
    }
}
