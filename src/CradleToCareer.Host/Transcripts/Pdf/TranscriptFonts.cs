using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace CradleToCareer.Host.Transcripts.Pdf;

/// <summary>
/// The faces and sizes of one transcript PDF, all DejaVu Sans. Unicode encoding writes each font with a
/// ToUnicode map, so text extraction gives back the characters drawn, in any script the font covers.
/// </summary>
internal sealed class TranscriptFonts
{
    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);

    static TranscriptFonts()
    {
        TranscriptFontResolver.Install();
    }

    public XFont Title { get; } = Of(18, XFontStyleEx.Bold);

    public XFont Heading { get; } = Of(12, XFontStyleEx.Bold);

    public XFont Subheading { get; } = Of(9.5, XFontStyleEx.Bold);

    public XFont Body { get; } = Of(9, XFontStyleEx.Regular);

    public XFont BodyBold { get; } = Of(9, XFontStyleEx.Bold);

    public XFont Small { get; } = Of(7, XFontStyleEx.Regular);

    private static XFont Of(double size, XFontStyleEx style) => new(TranscriptFontResolver.Family, size, style, Unicode);
}
