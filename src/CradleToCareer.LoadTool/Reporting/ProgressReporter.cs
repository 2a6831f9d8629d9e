namespace CradleToCareer.LoadTool.Reporting;

/// <summary>Writes one status line to stderr every second until stopped (in place on a terminal).</summary>
public static class ProgressReporter
{
    public static async Task RunAsync(Func<string> status, CancellationToken ct)
    {
        var inPlace = !Console.IsErrorRedirected;
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        try
        {
            while (await timer.WaitForNextTickAsync(ct))
            {
                var line = status();
                Console.Error.Write(inPlace ? $"\r{line,-110}" : line + Environment.NewLine);
            }
        }
        catch (OperationCanceledException)
        {
        }
        if (inPlace)
        {
            Console.Error.WriteLine();
        }
    }

    /// <summary>A line of its own on stderr, written over the status line on a terminal so the two do not mix.</summary>
    public static void Log(string message) =>
        Console.Error.WriteLine(Console.IsErrorRedirected ? message : $"\r{message,-110}");
}
