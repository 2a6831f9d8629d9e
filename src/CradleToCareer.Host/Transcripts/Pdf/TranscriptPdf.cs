using CradleToCareer.Domain.Transcripts;
using PdfSharp.Pdf;

namespace CradleToCareer.Host.Transcripts.Pdf;

/// <summary>
/// A transcript as a PDF a person can read and print (exchange.md, PDF): what the JSON transcript shows, on US
/// Letter pages, in DejaVu Sans embedded as real text, with the transcript id, the page number and the
/// verification line on every page.
/// </summary>
public static class TranscriptPdf
{
    public const string ContentType = "application/pdf";

    /// <summary>
    /// The PDF of <paramref name="transcript"/>. <paramref name="verificationUrl"/> is the absolute address of
    /// the transcript's verification route, without a query; the PDF prints it with <c>?code=</c> and
    /// <paramref name="verificationCode"/>. The document's title names the transcript id, never the student, and
    /// its dates are the issue time, so the same transcript gives the same text and metadata every time.
    /// </summary>
    public static byte[] Render(Transcript transcript, string verificationCode, string verificationUrl)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(verificationCode);
        ArgumentException.ThrowIfNullOrWhiteSpace(verificationUrl);
        var fonts = new TranscriptFonts();
        var verifyAt = $"{verificationUrl}?code={Uri.EscapeDataString(verificationCode)}";
        var footer = new TranscriptFooter(fonts, transcript.TranscriptId, verifyAt);
        using var document = new PdfDocument();
        Describe(document.Info, transcript);

        using (var flow = new PdfPageFlow(document, fonts))
        {
            flow.KeepFreeAtBottom(footer.Height(flow));
            IssueSection.Write(flow, transcript);
            if (transcript.K12 is { } k12)
            {
                K12Section.Write(flow, k12);
            }

            if (transcript.Postsecondary is { } postsecondary)
            {
                PostsecondarySection.Write(flow, postsecondary);
            }

            VerificationSection.Write(flow, transcript, verificationCode, verifyAt);
        }

        footer.DrawOnEveryPage(document);
        using var pdf = new MemoryStream();
        document.Save(pdf, closeStream: false);
        return pdf.ToArray();
    }

    /// <summary>
    /// Metadata that anything indexing files can read without opening the pages, so it holds no personal data:
    /// the title is the transcript id, the creator the issuing service.
    /// </summary>
    private static void Describe(PdfDocumentInformation info, Transcript transcript)
    {
        info.Title = "Transcript " + transcript.TranscriptId;
        info.Subject = "Official transcript";
        info.Creator = transcript.Issuer;
        info.CreationDate = transcript.IssuedAt.UtcDateTime;
        info.ModificationDate = transcript.IssuedAt.UtcDateTime;
    }
}
