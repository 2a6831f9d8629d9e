namespace CradleToCareer.Application.Transcripts;

/// <summary>
/// How this service names itself on the transcripts it issues: <paramref name="Issuer"/> (C2C:Transcripts:Issuer; default
/// the token issuer) in documents, <paramref name="IssuerName"/> (C2C:Transcripts:IssuerName) to people.
/// </summary>
public sealed record TranscriptSettings(string Issuer, string IssuerName);
