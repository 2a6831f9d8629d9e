using CradleToCareer.Application.Consents;
using CradleToCareer.Domain.Consent;
using CradleToCareer.Domain.Transcripts;
using CradleToCareer.Domain.Transcripts.Requests;
using Microsoft.Extensions.Logging;

namespace CradleToCareer.Application.Exchange;

/// <summary>
/// The moment a student grants an organization a consent covering <c>transcript</c>, that organization's requests
/// awaiting consent about the student are issued. A failure here leaves them waiting for the sweep, which tries each
/// waiting request again; the grant itself never fails for it.
/// </summary>
public sealed class IssueAwaitingTranscripts(
    ITranscriptRequestStore store, AdvanceTranscriptRequest advance, TimeProvider clock, ILogger<IssueAwaitingTranscripts> logger)
    : IConsentGranted
{
    public async Task OnGrantedAsync(Consent consent, CancellationToken cancellationToken)
    {
        if (!consent.Covers(TranscriptViews.Scope, clock.GetUtcNow()))
        {
            return;
        }

        IReadOnlyList<TranscriptRequestRecord> waiting;
        try
        {
            waiting = await store.AwaitingAsync(consent.RecipientOrgId, consent.PersonId, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "Reading the requests awaiting consent {ConsentId} failed; the sweep tries them again", consent.ConsentId);
            return;
        }

        foreach (var request in waiting)
        {
            try
            {
                await advance.RunAsync(request, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "Issuing transcript request {RequestId} under consent {ConsentId} failed; the sweep tries it again",
                    request.RequestId, consent.ConsentId);
            }
        }
    }
}
