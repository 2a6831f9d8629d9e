using CradleToCareer.Domain.Events;

namespace CradleToCareer.Domain.Transcripts.Requests;

/// <summary>
/// What a transcript request asks for, read and validated from its JSON body or its PESC TranscriptRequest document
/// (exchange.md). The student block is resolved to a person later, without creating anyone; its SSN is already a
/// keyed token.
/// </summary>
/// <param name="Student">Who the transcript is about, as the requester knows the student.</param>
/// <param name="Level">One of <see cref="TranscriptLevels.Known"/>.</param>
/// <param name="Purpose">Why it is requested (at most <see cref="Consent.ConsentRules.MaxPurposeLength"/> characters).</param>
/// <param name="Format">The representation to issue in: one of <see cref="TranscriptRequestFormats.Known"/>.</param>
/// <param name="DeliveryUrl">Where status changes are pushed; null when the requester polls.</param>
/// <param name="RequestTrackingId">The requester's own reference, echoed back; at most 50 characters.</param>
public sealed record RequestedTranscript(
    StudentBlock Student,
    string Level,
    string Purpose,
    string Format,
    string? DeliveryUrl,
    string? RequestTrackingId);
