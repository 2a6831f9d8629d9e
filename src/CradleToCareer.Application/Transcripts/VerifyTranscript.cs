using System.Text.Json;

namespace CradleToCareer.Application.Transcripts;

/// <summary>What a verification confirms about a printed transcript: when, by whom and to whom it was issued; nothing about the student.</summary>
public sealed record TranscriptVerification(DateTimeOffset IssuedAt, string Issuer, string RecipientOrgId);

/// <summary>
/// Anyone holding a printed transcript checks it (exchange.md, <c>GET /v1/transcripts/{id}/verification?code=</c>): the id
/// and the verification code printed on it must match a kept transcript. A wrong code, an unknown id and a transcript
/// kept without a code are one answer. No caller is known, no student data is shown, so nothing is a disclosure.
/// </summary>
public sealed class VerifyTranscript(ITranscriptArchive archive)
{
    public async Task<TranscriptVerification?> RunAsync(string transcriptId, string? code, CancellationToken cancellationToken)
    {
        if (code is null || !TranscriptIds.IsWellFormed(transcriptId)
            || await archive.FindAsync(transcriptId, cancellationToken) is not { VerificationCode: { } kept } issued
            || !TranscriptVerificationCodes.Matches(kept, code))
        {
            return null;
        }

        using var document = JsonDocument.Parse(issued.Document);
        var issuer = document.RootElement.GetProperty("issuer").GetString() ?? "";
        return new TranscriptVerification(issued.IssuedAt, issuer, issued.RecipientOrgId);
    }
}
