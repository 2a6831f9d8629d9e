namespace CradleToCareer.Application.Transcripts;

/// <summary>How this service names itself on the transcripts it issues (C2C:Transcripts:Issuer; default the token issuer).</summary>
public sealed record TranscriptSettings(string Issuer);
