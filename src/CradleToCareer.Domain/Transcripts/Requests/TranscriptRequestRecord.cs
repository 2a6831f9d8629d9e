namespace CradleToCareer.Domain.Transcripts.Requests;

/// <summary>
/// A transcript request as it is kept: what was asked, by whom, where it stands and how it got there.
/// </summary>
/// <param name="RequestId"><c>tr_</c> and 32 lowercase hex digits.</param>
/// <param name="OrganizationId">The requesting organization: the only one that may read, cancel or acknowledge it.</param>
/// <param name="ClientId">The client that sent it.</param>
/// <param name="Request">What was asked; the student block's SSN is a keyed token, never the raw value.</param>
/// <param name="PersonId">The person it resolved to, or null when it resolved to nobody (never shown to the requester).</param>
/// <param name="Status">One of <see cref="TranscriptRequestStatus.Known"/>.</param>
/// <param name="TranscriptId">The transcript issued for it, once issued.</param>
/// <param name="ReceivedAt">When it was accepted.</param>
/// <param name="History">Every status it has had, oldest first, the current one last.</param>
public sealed record TranscriptRequestRecord(
    string RequestId,
    string OrganizationId,
    string ClientId,
    RequestedTranscript Request,
    string? PersonId,
    string Status,
    string? TranscriptId,
    DateTimeOffset ReceivedAt,
    IReadOnlyList<StatusChange> History);

/// <summary>One status a request took, and when.</summary>
public sealed record StatusChange(string Status, DateTimeOffset At);
