using CradleToCareer.Application.Exchange;
using CradleToCareer.Domain.Transcripts.Requests;

namespace CradleToCareer.Host.Exchange;

/// <summary>The answer to <c>POST /v1/transcript-requests</c>: the request's id and status, and its push address and secret (shown once).</summary>
public sealed record RequestAccepted(string RequestId, string Status, DeliveryAccepted? Delivery);

/// <summary>Where a request's changes are pushed, and the Standard Webhooks secret that signs them.</summary>
public sealed record DeliveryAccepted(string Url, string Secret);

/// <summary>A request as its requester reads it: what was asked (not the student), where it stands, and how it got there.</summary>
public sealed record RequestView(
    string RequestId,
    string Status,
    string Level,
    string Purpose,
    string Format,
    string? RequestTrackingId,
    string? TranscriptId,
    string? TranscriptUrl,
    DateTimeOffset ReceivedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? ExpiresAt,
    DeliveryView? Delivery,
    IReadOnlyList<StatusChange> History)
{
    public static RequestView Of(TranscriptRequestRecord request, TranscriptLinks links) => new(
        request.RequestId,
        request.Status,
        request.Request.Level,
        request.Request.Purpose,
        request.Request.Format,
        request.Request.RequestTrackingId,
        request.TranscriptId,
        request.TranscriptId is { } id ? links.TranscriptOf(id).AbsoluteUri : null,
        request.ReceivedAt,
        request.History[^1].At,
        TranscriptRequestTransitions.IsOpen(request.Status) ? request.ReceivedAt + TranscriptRequestTransitions.ExpiresAfter : null,
        request.Request.DeliveryUrl is { } url ? new DeliveryView(url) : null,
        request.History);
}

/// <summary>Where a request's changes are pushed.</summary>
public sealed record DeliveryView(string Url);

/// <summary>A page of an organization's requests, newest first; <see cref="Next"/> is the cursor of the next page, if any.</summary>
public sealed record RequestPage(IReadOnlyList<RequestView> Items, string? Next);
