using System.Globalization;
using System.Text;

namespace CradleToCareer.LoadTool.Identity;

/// <summary>
/// A small table with a title: aligned text for the terminal, a Markdown table for the docs. The first
/// <paramref name="LabelColumns"/> columns read as labels (left-aligned), the others as numbers (right-aligned).
/// </summary>
public sealed record ReportTable(string Title, string[] Headers, IReadOnlyList<string[]> Rows, int LabelColumns = 1)
{
    public void WriteText(TextWriter output)
    {
        var widths = Headers.Select((header, column) => Rows.Select(row => row[column].Length).Append(header.Length).Max()).ToArray();
        output.WriteLine();
        output.WriteLine($"  {Title}");
        output.WriteLine($"    {Line(Headers, widths)}");
        foreach (var row in Rows)
        {
            output.WriteLine($"    {Line(row, widths)}");
        }
    }

    public string Markdown()
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"#### {Title}").AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"| {string.Join(" | ", Headers.Select(Escape))} |");
        text.AppendLine(CultureInfo.InvariantCulture, $"|{string.Concat(Headers.Select((_, column) => IsLabel(column) ? "---|" : "---:|"))}");
        foreach (var row in Rows)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| {string.Join(" | ", row.Select(Escape))} |");
        }
        return text.ToString();
    }

    private string Line(string[] cells, int[] widths) =>
        string.Join("  ", cells.Select((cell, column) => IsLabel(column) ? cell.PadRight(widths[column]) : cell.PadLeft(widths[column])));

    private bool IsLabel(int column) => column < LabelColumns;

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
