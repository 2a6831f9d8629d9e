using System.Globalization;
using System.Runtime.InteropServices;

namespace CradleToCareer.LoadTool.Reporting;

/// <summary>A finished run: what was asked, what happened, and notable errors.</summary>
public sealed class RunReport(string title)
{
    public string Title => title;
    public DateTime FinishedAt { get; } = DateTime.UtcNow;
    public List<(string Name, string Value)> Parameters { get; } = [];
    public List<(string Name, string Value)> Results { get; } = [];
    public List<string> Notes { get; } = [];

    public static string Machine =>
        $"{Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}";

    public RunReport Parameter(string name, object? value)
    {
        Parameters.Add((name, Format(value)));
        return this;
    }

    public RunReport Result(string name, object? value)
    {
        Results.Add((name, Format(value)));
        return this;
    }

    public static string Format(object? value) => value switch
    {
        null => "n/a",
        double d => d.ToString("N1", CultureInfo.InvariantCulture),
        long or int => string.Format(CultureInfo.InvariantCulture, "{0:N0}", value),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };
}
