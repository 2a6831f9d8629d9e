namespace CradleToCareer.Host.Transcripts.Pdf;

/// <summary>A column of a <see cref="PdfTable"/>: its heading, its width in points, and whether it holds numbers (set flush right).</summary>
internal sealed record PdfColumn(string Heading, double Width, bool Numeric = false);

/// <summary>
/// A table whose cells wrap within their columns. Its heading row stays with the first row, and is drawn again
/// at the top of each page the table continues onto.
/// </summary>
internal sealed class PdfTable(params PdfColumn[] columns)
{
    private const double Padding = 3;
    private const double NumberInset = 9;

    /// <summary>One row's cells, in column order.</summary>
    public static IReadOnlyList<string> Cells(params string[] cells) => cells;

    /// <summary>Nothing when there are no rows, not even the heading row.</summary>
    public void Draw(PdfPageFlow flow, IEnumerable<IReadOnlyList<string>> rows)
    {
        var headings = Wrapped(flow, columns.Select(c => c.Heading).ToList(), bold: true);
        var first = true;
        foreach (var row in rows)
        {
            var cells = Wrapped(flow, row, bold: false);
            var onNewPage = flow.MakeRoom(Height(flow, cells) + (first ? Height(flow, headings) : 0));
            if (first || onNewPage)
            {
                DrawRow(flow, headings, bold: true);
                flow.Rule();
            }

            DrawRow(flow, cells, bold: false);
            first = false;
        }
    }

    private List<IReadOnlyList<string>> Wrapped(PdfPageFlow flow, IReadOnlyList<string> cells, bool bold) =>
        [.. cells.Select((text, i) => flow.Wrap(text, bold ? flow.Fonts.BodyBold : flow.Fonts.Body, TextWidth(columns[i])))];

    /// <summary>The width text takes in a column: numbers keep clear of the column to their right.</summary>
    private static double TextWidth(PdfColumn column) => column.Width - Padding - (column.Numeric ? NumberInset : Padding);

    private static double Height(PdfPageFlow flow, List<IReadOnlyList<string>> cells) =>
        (cells.Max(lines => lines.Count) * PdfPageFlow.LineHeight(flow.Fonts.Body)) + Padding;

    private void DrawRow(PdfPageFlow flow, List<IReadOnlyList<string>> cells, bool bold)
    {
        var font = bold ? flow.Fonts.BodyBold : flow.Fonts.Body;
        var x = 0d;
        for (var i = 0; i < columns.Length; i++)
        {
            for (var line = 0; line < cells[i].Count; line++)
            {
                var below = line * PdfPageFlow.LineHeight(font);
                flow.DrawLine(cells[i][line], font, x + Padding, TextWidth(columns[i]), columns[i].Numeric, below);
            }

            x += columns[i].Width;
        }

        flow.MoveDown(Height(flow, cells));
    }
}
