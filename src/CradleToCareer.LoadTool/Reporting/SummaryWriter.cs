using System.Globalization;
using System.Text;

namespace CradleToCareer.LoadTool.Reporting;

/// <summary>Prints a report for people: aligned text on stdout, and a Markdown table to paste into a report.</summary>
public static class SummaryWriter
{
    public static void WriteText(TextWriter output, RunReport report)
    {
        var rows = report.Parameters.Concat(report.Results).ToArray();
        var width = rows.Max(r => r.Name.Length) + 2;
        output.WriteLine();
        output.WriteLine($"== {report.Title} ({report.FinishedAt:yyyy-MM-dd HH:mm:ss} UTC, {RunReport.Machine})");
        foreach (var (name, value) in report.Parameters)
        {
            output.WriteLine($"  {(name + ":").PadRight(width)}{value}");
        }
        output.WriteLine("  --");
        foreach (var (name, value) in report.Results)
        {
            output.WriteLine($"  {(name + ":").PadRight(width)}{value}");
        }
        foreach (var note in report.Notes)
        {
            output.WriteLine($"  ! {note}");
        }
    }

    public static string Markdown(RunReport report)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"### {report.Title}");
        text.AppendLine();
        text.AppendLine("| | |");
        text.AppendLine("|---|---|");
        text.AppendLine(CultureInfo.InvariantCulture, $"| date | {report.FinishedAt:yyyy-MM-dd HH:mm} UTC |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| machine | {Escape(RunReport.Machine)} |");
        foreach (var (name, value) in report.Parameters)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| {Escape(name)} | {Escape(value)} |");
        }
        foreach (var (name, value) in report.Results)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| **{Escape(name)}** | **{Escape(value)}** |");
        }
        if (report.Notes.Count > 0)
        {
            text.AppendLine();
        }
        foreach (var note in report.Notes)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"- {Escape(note)}");
        }
        return text.ToString();
    }

    public static void WriteMarkdown(string path, RunReport report) => File.WriteAllText(path, Markdown(report));

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");
}
