namespace CradleToCareer.Domain.Transcripts.Pesc.Exchange;

/// <summary>What the service keeps of a PESC TranscriptAcknowledgment: which document it is, and which request it answers.</summary>
/// <param name="DocumentId">The acknowledgment's own TransmissionData DocumentID.</param>
/// <param name="RequestTrackingId">TransmissionData's RequestTrackingID, when the requester gave one.</param>
public sealed record PescAcknowledgement(string DocumentId, string? RequestTrackingId);
