using CradleToCareer.Application.Identity;

namespace CradleToCareer.Application.Exchange;

/// <summary>
/// The student declines a transcript request awaiting their consent: it leaves the student's waiting list, and nothing
/// else changes. To the requester it still awaits consent until it expires, exactly as a request about nobody does,
/// so declining tells the requester nothing (exchange.md, no existence leak). A consent covering <c>transcript</c>
/// granted later to the same organization still issues it, as for any waiting request.
/// </summary>
public sealed class DeclineTranscriptRequest(IIdentityStore identity, ITranscriptRequestStore store, TimeProvider clock)
{
    /// <returns>False when the person has no request with this id awaiting their consent: the two are one answer.</returns>
    public async Task<bool> RunAsync(string personId, string requestId, CancellationToken cancellationToken)
    {
        if (!TranscriptRequestIds.IsWellFormed(requestId) || await identity.CurrentAsync(personId, cancellationToken) is not { } current)
        {
            return false;
        }

        var now = clock.GetUtcNow();
        return await store.DeclineAsync(requestId, current, now, cancellationToken)
            || (current != personId && await store.DeclineAsync(requestId, personId, now, cancellationToken));
    }
}
