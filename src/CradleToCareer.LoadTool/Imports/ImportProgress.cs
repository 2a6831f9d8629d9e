using System.Globalization;
using System.Text;

namespace CradleToCareer.LoadTool.Imports;

/// <summary>A job's counts by result status, as the service reports them.</summary>
public sealed record ImportCounts(long Accepted, long Duplicate, long Conflict, long Rejected);

/// <summary>The progress lines and the closing summary of the import command, as text.</summary>
public static class ImportProgress
{
    private const int BarWidth = 24;

    public static string Upload(long bytesSent, long fileBytes, long linesSent, TimeSpan elapsed) =>
        string.Create(CultureInfo.InvariantCulture,
            $"upload {Bar(bytesSent, fileBytes)} {Percent(bytesSent, fileBytes)}  {Size(bytesSent)} of {Size(fileBytes)}  " +
            $"{linesSent:N0} lines  {Size(PerSecond(bytesSent, elapsed))}/s");

    public static string Job(string status, long processed, long lines, TimeSpan elapsed)
    {
        var rate = PerSecond(processed, elapsed);
        var eta = rate > 0 && processed < lines ? "  ETA " + Duration(TimeSpan.FromSeconds((lines - processed) / (double)rate)) : "";
        return string.Create(CultureInfo.InvariantCulture,
            $"{status,-7} {Bar(processed, lines)} {Percent(processed, lines)}  {processed:N0}/{lines:N0} lines  {rate:N0} events/s{eta}");
    }

    /// <summary>A Markdown summary to paste: the job, the counts by status, the times and the rate.</summary>
    public static string Summary(
        string importId, long lines, ImportCounts counts, TimeSpan upload, TimeSpan processing, string? resultsFile)
    {
        var text = new StringBuilder();
        var invariant = CultureInfo.InvariantCulture;
        text.AppendLine(invariant, $"### Import {importId}");
        text.AppendLine();
        text.AppendLine("| lines | accepted | duplicate | conflict | rejected | upload s | processing s | events/s |");
        text.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|");
        text.AppendLine(invariant,
            $"| {lines:N0} | {counts.Accepted:N0} | {counts.Duplicate:N0} | {counts.Conflict:N0} | {counts.Rejected:N0} | " +
            $"{upload.TotalSeconds:F1} | {processing.TotalSeconds:F1} | {PerSecond(lines, processing):N0} |");
        if (resultsFile is not null)
        {
            text.AppendLine();
            text.AppendLine(invariant, $"Per-line results: {resultsFile}");
        }

        return text.ToString();
    }

    public static string Size(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:F1} KiB"),
        < 1024L * 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):F1} MiB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024 * 1024):F2} GiB"),
    };

    public static string Duration(TimeSpan duration) =>
        duration.TotalHours >= 1 ? $"{(int)duration.TotalHours}h{duration.Minutes:D2}m"
        : duration.TotalMinutes >= 1 ? $"{(int)duration.TotalMinutes}m{duration.Seconds:D2}s"
        : $"{Math.Ceiling(duration.TotalSeconds):F0}s";

    public static string Bar(long done, long total)
    {
        var filled = total <= 0 ? 0 : (int)Math.Min(BarWidth, done * BarWidth / total);
        return "[" + new string('#', filled) + new string('.', BarWidth - filled) + "]";
    }

    private static string Percent(long done, long total) =>
        string.Create(CultureInfo.InvariantCulture, $"{(total <= 0 ? 0 : Math.Min(100, done * 100 / total)),3}%");

    private static long PerSecond(long count, TimeSpan elapsed) => elapsed.TotalSeconds <= 0 ? 0 : (long)(count / elapsed.TotalSeconds);
}
