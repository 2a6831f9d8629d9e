using CradleToCareer.Application.Consents;
using CradleToCareer.Application.Identity;
using CradleToCareer.Domain.Transcripts;

namespace CradleToCareer.Application.Exchange;

/// <summary>
/// The student approves a transcript request awaiting their consent: a consent covering <c>transcript</c> only, to the
/// requesting organization, for <see cref="ConsentLasts"/>, granted through <see cref="GrantConsent"/> like any other.
/// What follows every grant (<see cref="IssueAwaitingTranscripts"/>) then issues the request.
/// </summary>
public sealed class ApproveTranscriptRequest(
    IIdentityStore identity, ITranscriptRequestStore store, GrantConsent grant, TimeProvider clock)
{
    /// <summary>How long the consent an approval grants lasts.</summary>
    public static readonly TimeSpan ConsentLasts = TimeSpan.FromDays(30);

    /// <summary>The purpose the consent is granted for.</summary>
    public static string PurposeFor(string requestId) => "e-transcript request " + requestId;

    /// <param name="grantor">Who grants: <c>student</c> or <c>guardian</c> (rules.md, Consent), judged like any grant.</param>
    /// <returns><see cref="GrantOutcome.NotFound"/> when the person has no request with this id awaiting their consent.</returns>
    public async Task<GrantOutcome> RunAsync(
        Caller caller, string personId, string requestId, string grantor, CancellationToken cancellationToken)
    {
        if (!TranscriptRequestIds.IsWellFormed(requestId)
            || await identity.CurrentAsync(personId, cancellationToken) is not { } current
            || (await ListWaitingTranscriptRequests.WaitingAsync(store, current, personId, cancellationToken))?
                .FirstOrDefault(request => request.RequestId == requestId) is not { } request)
        {
            return new GrantOutcome.NotFound();
        }

        var terms = new ConsentTerms([TranscriptViews.Scope], PurposeFor(requestId), clock.GetUtcNow() + ConsentLasts, grantor);
        return await grant.RunAsync(caller, current, request.OrganizationId, terms, cancellationToken);
    }
}
