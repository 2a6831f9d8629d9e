namespace CradleToCareer.Domain.Transcripts;

/// <summary>The facts of one issue that are not in the student's record: which transcript, when, by whom, to whom, why, and which level.</summary>
public sealed record TranscriptIssue(
    string TranscriptId,
    DateTimeOffset IssuedAt,
    string Issuer,
    string RecipientOrgId,
    string Purpose,
    string Level);
