namespace CradleToCareer.Application.Exchange;

/// <summary>
/// The links a requester is given. <paramref name="PublicBaseUrl"/> (C2C:PublicBaseUrl) is where requesters reach
/// this service's API.
/// </summary>
public sealed record TranscriptLinks(Uri PublicBaseUrl)
{
    public Uri TranscriptOf(string transcriptId) => new(PublicBaseUrl, $"v1/transcripts/{Uri.EscapeDataString(transcriptId)}");

    /// <summary>Where anyone holding the transcript's printout checks it, with the code printed on it.</summary>
    public Uri VerificationOf(string transcriptId) => new(PublicBaseUrl, $"v1/transcripts/{Uri.EscapeDataString(transcriptId)}/verification");
}
