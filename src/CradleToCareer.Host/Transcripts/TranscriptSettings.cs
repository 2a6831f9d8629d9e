namespace CradleToCareer.Host.Transcripts;

/// <summary>How this service names itself on the transcripts it issues (C2C:Transcripts:Issuer; default the token issuer).</summary>
public sealed record TranscriptSettings(string Issuer)
{
    public static TranscriptSettings From(IConfiguration configuration, string tokenIssuer) =>
        new(configuration["C2C:Transcripts:Issuer"] is { Length: > 0 } issuer ? issuer : tokenIssuer);
}
