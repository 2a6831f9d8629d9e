using System.Text.Json;
using CradleToCareer.Application.Disclosures;
using CradleToCareer.Application.Students;
using CradleToCareer.Domain.Profile;
using CradleToCareer.Domain.Transcripts;

namespace CradleToCareer.Application.Transcripts;

/// <summary>
/// Issues one transcript of a person to the caller's organization, under the consent the person gave it for
/// <c>transcript</c>: builds it from every event accepted before, records the disclosure, then keeps it unchangeable
/// with a fresh verification code. Both ways of asking (on the spot, and a transcript request) issue through here.
/// </summary>
public sealed class TranscriptIssuer(
    IStudentRecords students, DisclosureGate gate, ITranscriptArchive archive, TranscriptSettings settings, TimeProvider clock)
{
    /// <summary>
    /// The transcript issued and kept, or null when no consent of the person's covers <c>transcript</c> for the
    /// caller's organization (nothing is recorded then).
    /// </summary>
    /// <exception cref="TranscriptIdTakenException">A transcript with <paramref name="transcriptId"/> was kept already.</exception>
    public async Task<IssuedTranscript?> IssueAsync(
        Caller caller, string personId, string transcriptId, string purpose, string level, CancellationToken cancellationToken)
    {
        var issue = new TranscriptIssue(transcriptId, clock.GetUtcNow(), settings.Issuer, caller.OrganizationId, purpose, level);
        if (await gate.DiscloseAsync(caller, personId, DisclosureScope.Transcript, _ => students.TranscriptAsync(personId, issue), cancellationToken)
            is not { } transcript)
        {
            return null;
        }

        var document = JsonSerializer.SerializeToUtf8Bytes(transcript, StudentProfileJson.Options);
        var issued = new IssuedTranscript(
            transcript.TranscriptId, personId, transcript.RecipientOrgId, transcript.Level, transcript.IssuedAt, document,
            TranscriptVerificationCodes.New());
        await archive.AddAsync(issued, cancellationToken);
        return issued;
    }
}
