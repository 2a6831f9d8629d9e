using CradleToCareer.Domain.Transcripts;

namespace CradleToCareer.Host.Transcripts.Pdf;

/// <summary>The end of the transcript: how anyone holding it checks that the service issued it.</summary>
internal static class VerificationSection
{
    public static void Write(PdfPageFlow flow, Transcript transcript, string verificationCode, string verifyAt)
    {
        flow.Heading("Verification", flow.Fonts.Heading);
        flow.Paragraph(
            $"To check that {transcript.Issuer} issued this transcript, open the address below. The answer says whether " +
            $"transcript {transcript.TranscriptId} was issued with this code, when, by whom and to whom; it tells nothing about the student.");
        flow.MoveDown(4);
        flow.Field("Verification code", verificationCode);
        flow.MoveDown(4);
        flow.Paragraph("Verify at " + verifyAt, flow.Fonts.Small);
    }
}
