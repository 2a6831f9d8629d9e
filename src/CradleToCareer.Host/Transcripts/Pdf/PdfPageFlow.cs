using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace CradleToCareer.Host.Transcripts.Pdf;

/// <summary>
/// Lays a document out top to bottom on US Letter pages with margins of three quarters of an inch, starting a
/// new page whenever the next piece does not fit above the space kept free for the footer.
/// </summary>
internal sealed class PdfPageFlow : IDisposable
{
    public const double Margin = 54;

    private const double LabelWidth = 120;
    private const double LabelGap = 6;

    private readonly PdfDocument _document;
    private XGraphics _graphics;
    private double _y;
    private double _keptFree;

    public PdfPageFlow(PdfDocument document, TranscriptFonts fonts)
    {
        _document = document;
        Fonts = fonts;
        _graphics = StartPage();
    }

    public TranscriptFonts Fonts { get; }

    /// <summary>The width between the margins, in points.</summary>
    public double Width => PageWidth - (2 * Margin);

    private static double PageWidth => PageSizeConverter.ToSize(PageSize.Letter).Width;

    private static double PageHeight => PageSizeConverter.ToSize(PageSize.Letter).Height;

    public static double LineHeight(XFont font) => font.GetHeight();

    /// <summary>Keeps <paramref name="height"/> points free at the bottom of this page and every later one.</summary>
    public void KeepFreeAtBottom(double height) => _keptFree = height;

    public IReadOnlyList<string> Wrap(string text, XFont font, double width) => TextWrap.Lines(_graphics, text, font, width);

    /// <summary>Starts a new page unless <paramref name="height"/> points fit on this one; true when it started one.</summary>
    public bool MakeRoom(double height)
    {
        if (_y + height <= PageHeight - Margin - _keptFree)
        {
            return false;
        }

        _graphics.Dispose();
        _graphics = StartPage();
        return true;
    }

    /// <summary>
    /// Draws one line of text <paramref name="x"/> points right of the margin and <paramref name="below"/> points
    /// below the current height, without moving down; an empty line draws nothing.
    /// </summary>
    public void DrawLine(string text, XFont font, double x, double width, bool alignRight = false, double below = 0)
    {
        if (text.Length == 0)
        {
            return;
        }

        var box = new XRect(Margin + x, _y + below, width, LineHeight(font));
        _graphics.DrawString(text, font, XBrushes.Black, box, alignRight ? XStringFormats.TopRight : XStringFormats.TopLeft);
    }

    public void MoveDown(double points) => _y += points;

    /// <summary>Text wrapped to the width, over as many pages as it needs.</summary>
    public void Paragraph(string text, XFont? font = null)
    {
        var face = font ?? Fonts.Body;
        foreach (var line in Wrap(text, face, Width))
        {
            MakeRoom(LineHeight(face));
            DrawLine(line, face, 0, Width);
            MoveDown(LineHeight(face));
        }
    }

    /// <summary>A bold label and its value beside it, each wrapped in its own column.</summary>
    public void Field(string label, string value)
    {
        var labels = Wrap(label, Fonts.BodyBold, LabelWidth - LabelGap);
        var values = Wrap(value, Fonts.Body, Width - LabelWidth);
        for (var line = 0; line < Math.Max(labels.Count, values.Count); line++)
        {
            MakeRoom(LineHeight(Fonts.Body));
            DrawLine(line < labels.Count ? labels[line] : "", Fonts.BodyBold, 0, LabelWidth - LabelGap);
            DrawLine(line < values.Count ? values[line] : "", Fonts.Body, LabelWidth, Width - LabelWidth);
            MoveDown(LineHeight(Fonts.Body));
        }
    }

    /// <summary>A heading kept on the page with at least the few lines that follow it.</summary>
    public void Heading(string text, XFont font)
    {
        MoveDown(LineHeight(font) * 0.6);
        MakeRoom(LineHeight(font) + (LineHeight(Fonts.Body) * 4));
        DrawLine(text, font, 0, Width);
        MoveDown(LineHeight(font) * 1.15);
    }

    /// <summary>A thin line across the width.</summary>
    public void Rule()
    {
        _graphics.DrawLine(XPens.Gray, Margin, _y, Margin + Width, _y);
        MoveDown(2);
    }

    public void Dispose() => _graphics.Dispose();

    private XGraphics StartPage()
    {
        var page = _document.AddPage();
        page.Size = PageSize.Letter;
        _y = Margin;
        return XGraphics.FromPdfPage(page);
    }
}
