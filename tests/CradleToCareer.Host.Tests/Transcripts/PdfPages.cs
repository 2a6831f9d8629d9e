using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace CradleToCareer.Host.Tests.Transcripts;

/// <summary>A PDF read back as a PDF-to-text tool reads it: each page's words, in drawing order, joined by spaces.</summary>
/// <remarks><see cref="Xmp"/> is the XMP metadata stream, empty when there is none.</remarks>
internal sealed record PdfPages(IReadOnlyList<string> Texts, DocumentInformation Information, string Xmp, IReadOnlyList<string> FontNames)
{
    public string AllText => string.Join(' ', Texts);

    public static PdfPages Read(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var pages = document.GetPages().ToList();
        return new PdfPages(
            [.. pages.Select(page => string.Join(' ', page.GetWords().Select(word => word.Text)))],
            document.Information,
            document.TryGetXmpMetadata(out var xmp) ? xmp.GetXDocument().ToString() : "",
            [.. pages.SelectMany(page => page.Letters.Select(letter => letter.FontName ?? "")).Distinct()]);
    }
}
