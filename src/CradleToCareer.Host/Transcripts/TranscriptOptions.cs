namespace CradleToCareer.Host.Transcripts;

/// <summary>The issuer named on every transcript (<c>C2C:Transcripts:Issuer</c>; unset: the token issuer).</summary>
public sealed class TranscriptOptions
{
    public const string Section = "C2C:Transcripts";

    public string? Issuer { get; set; }

    /// <summary>How the service is named to people: on PDF transcripts and as the source of PESC documents.</summary>
    public string IssuerName { get; set; } = DefaultIssuerName;

    public const string DefaultIssuerName = "Cradle-to-Career record service";
}
