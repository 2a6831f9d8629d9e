using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace CradleToCareer.Host.Transcripts.Pdf;

/// <summary>The foot of every page: the transcript id, "Page X of Y", and where and with which code to verify it.</summary>
internal sealed class TranscriptFooter(TranscriptFonts fonts, string transcriptId, string verifyAt)
{
    private const double Gap = 8;

    private double LineHeight => PdfPageFlow.LineHeight(fonts.Small);

    private string VerifyLine => "Verify at " + verifyAt;

    /// <summary>The points the footer takes at the bottom of a page, the gap above it included.</summary>
    public double Height(PdfPageFlow flow) => Gap + (LineHeight * (1 + flow.Wrap(VerifyLine, fonts.Small, flow.Width).Count));

    /// <summary>Draws the footer on each page, once the page count is known.</summary>
    public void DrawOnEveryPage(PdfDocument document)
    {
        for (var index = 0; index < document.PageCount; index++)
        {
            var page = document.Pages[index];
            using var graphics = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
            var width = page.Width.Point - (2 * PdfPageFlow.Margin);
            var verifyLines = TextWrap.Lines(graphics, VerifyLine, fonts.Small, width);
            var y = page.Height.Point - PdfPageFlow.Margin - (LineHeight * (1 + verifyLines.Count));

            graphics.DrawLine(XPens.Gray, PdfPageFlow.Margin, y - (Gap / 2), PdfPageFlow.Margin + width, y - (Gap / 2));
            Draw(graphics, "Official transcript " + transcriptId, y, width, XStringFormats.TopLeft);
            Draw(graphics, $"Page {index + 1} of {document.PageCount}", y, width, XStringFormats.TopRight);
            foreach (var line in verifyLines)
            {
                y += LineHeight;
                Draw(graphics, line, y, width, XStringFormats.TopLeft);
            }
        }
    }

    private void Draw(XGraphics graphics, string text, double y, double width, XStringFormat format) =>
        graphics.DrawString(text, fonts.Small, XBrushes.Black, new XRect(PdfPageFlow.Margin, y, width, LineHeight), format);
}
