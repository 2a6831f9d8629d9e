using CradleToCareer.Domain.Transcripts;
using static CradleToCareer.Host.Transcripts.Pdf.PdfTable;

namespace CradleToCareer.Host.Transcripts.Pdf;

/// <summary>The top of the first page: who issued the transcript, to whom, when and why, and who it is about.</summary>
internal static class IssueSection
{
    private static readonly PdfTable StudentIds = new(new PdfColumn("Student id system", 234), new PdfColumn("Student id", 270));

    public static void Write(PdfPageFlow flow, Transcript transcript)
    {
        flow.Paragraph("Issued by " + transcript.Issuer, flow.Fonts.Small);
        flow.MoveDown(4);
        flow.Heading("Official transcript", flow.Fonts.Title);
        flow.Field("Transcript id", transcript.TranscriptId);
        flow.Field("Issued", TranscriptPdfText.IssueTime(transcript.IssuedAt));
        flow.Field("Recipient", transcript.RecipientOrgId);
        flow.Field("Purpose", transcript.Purpose);
        flow.Field("Records", TranscriptPdfText.Level(transcript.Level));

        var student = transcript.Student;
        flow.Heading("Student", flow.Fonts.Heading);
        flow.Field("Name", TranscriptPdfText.FullName(student));
        flow.Field("Birth date", TranscriptPdfText.Date(student.BirthDate));
        flow.Field("Person id", student.PersonId);
        flow.MoveDown(4);
        StudentIds.Draw(flow, student.Ids.Select(id => Cells(id.System, id.Value)));
    }
}
