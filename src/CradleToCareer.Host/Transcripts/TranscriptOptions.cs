namespace CradleToCareer.Host.Transcripts;

/// <summary>The issuer named on every transcript (<c>C2C:Transcripts:Issuer</c>; unset: the token issuer).</summary>
public sealed class TranscriptOptions
{
    public const string Section = "C2C:Transcripts";

    public string? Issuer { get; set; }
}
