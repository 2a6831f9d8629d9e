using CradleToCareer.Domain.Transcripts.Requests;

namespace CradleToCareer.Domain.Transcripts.Pesc.Exchange;

/// <summary>
/// Our request statuses as a PESC ResponseStatus. NoRecord, MultipleMatch and Deceased are never answered: a
/// request about nobody reads exactly like one waiting for the student's consent (exchange.md, no existence leak).
/// </summary>
internal static class PescResponseStatuses
{
    public static string Of(string status) =>
        status switch
        {
            TranscriptRequestStatus.Received or TranscriptRequestStatus.AwaitingConsent => "TranscriptRequestReceived",
            TranscriptRequestStatus.Issued or TranscriptRequestStatus.Delivered or TranscriptRequestStatus.Acknowledged => "TranscriptSent",

            // Failed is final like a cancellation: nothing will be sent for this request, and a new one may be made.
            TranscriptRequestStatus.Canceled or TranscriptRequestStatus.Expired or TranscriptRequestStatus.Failed => "Canceled",
            _ => throw new ArgumentException($"Unknown transcript request status '{status}'.", nameof(status)),
        };

    /// <summary>True when the student released the transcript: it was issued.</summary>
    public static bool Released(string status) =>
        status is TranscriptRequestStatus.Issued or TranscriptRequestStatus.Delivered or TranscriptRequestStatus.Acknowledged;
}
