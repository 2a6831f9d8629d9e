namespace CradleToCareer.Application.Transcripts;

/// <summary>An e-transcript as it was issued, kept unchanged so it can be fetched again.</summary>
/// <param name="TranscriptId">The transcript's unique id.</param>
/// <param name="PersonId">The student it is about.</param>
/// <param name="RecipientOrgId">The organization that requested it; the only one that may fetch it again.</param>
/// <param name="Level">The level it was issued for: <c>k12</c>, <c>postsecondary</c> or <c>all</c>.</param>
/// <param name="IssuedAt">When it was issued. The durable archive keeps microseconds and returns UTC.</param>
/// <param name="Document">The exact UTF-8 JSON bytes issued. Being an array, it takes no part in record equality.</param>
/// <param name="VerificationCode">
/// The code printed on the transcript's PDF, with which anyone holding the printout checks it was issued
/// (<see cref="TranscriptVerificationCodes"/>); null for a transcript issued before codes were kept.
/// </param>
public sealed record IssuedTranscript(
    string TranscriptId,
    string PersonId,
    string RecipientOrgId,
    string Level,
    DateTimeOffset IssuedAt,
    byte[] Document,
    string? VerificationCode);
