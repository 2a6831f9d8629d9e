using System.Reflection;
using PdfSharp.Fonts;

namespace CradleToCareer.Host.Transcripts.Pdf;

/// <summary>
/// Serves PDFsharp the DejaVu Sans faces embedded in this assembly (<c>Transcripts/Pdf/Fonts</c>), because
/// PDFsharp's cross-platform build looks up no system fonts. Italic is simulated; the transcript uses none.
/// </summary>
internal sealed class TranscriptFontResolver : IFontResolver
{
    public const string Family = "DejaVu Sans";

    private const string RegularFace = "DejaVuSans";
    private const string BoldFace = "DejaVuSans-Bold";
    private const string ResourcePrefix = "CradleToCareer.Host.Transcripts.Pdf.Fonts.";

    private TranscriptFontResolver()
    {
    }

    /// <summary>
    /// Makes the embedded faces PDFsharp's fonts for the whole process. PDFsharp takes one resolver per
    /// process, set before its first font: <see cref="TranscriptFonts"/> calls this once, before its first font.
    /// </summary>
    public static void Install()
    {
        if (GlobalFontSettings.FontResolver is not TranscriptFontResolver)
        {
            GlobalFontSettings.FontResolver = new TranscriptFontResolver();
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        string.Equals(familyName, Family, StringComparison.OrdinalIgnoreCase)
            ? new FontResolverInfo(bold ? BoldFace : RegularFace, mustSimulateBold: false, mustSimulateItalic: italic)
            : null;

    public byte[]? GetFont(string faceName)
    {
        using var resource = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourcePrefix + faceName + ".ttf");
        if (resource is null)
        {
            return null;
        }

        using var bytes = new MemoryStream();
        resource.CopyTo(bytes);
        return bytes.ToArray();
    }
}
