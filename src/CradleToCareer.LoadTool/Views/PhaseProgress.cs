using CradleToCareer.LoadTool.Reporting;

namespace CradleToCareer.LoadTool.Views;

/// <summary>Runs one phase of the views command with a status line on stderr every second.</summary>
public static class PhaseProgress
{
    public static async Task RunAsync(Func<string> status, Func<Task> phase)
    {
        using var done = new CancellationTokenSource();
        var progress = ProgressReporter.RunAsync(status, done.Token);
        try
        {
            await phase();
        }
        finally
        {
            await done.CancelAsync();
            await progress;
        }
    }
}
