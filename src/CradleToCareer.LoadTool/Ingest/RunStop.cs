using CradleToCareer.LoadTool.Cli;

namespace CradleToCareer.LoadTool.Ingest;

/// <summary>Why a run ended early: the first fatal error, Ctrl+C, or its time limit. Cancels the run on the first fatal error.</summary>
public sealed class RunStop(CancellationTokenSource run, CancellationToken userCancel)
{
    private string? _fatal;

    public string? Fatal => _fatal;

    public void Fail(ToolException e)
    {
        Interlocked.CompareExchange(ref _fatal, e.Message, null);
        run.Cancel();
    }

    /// <summary>Runs a loop, turning fatal errors and cancellation into a recorded stop instead of an exception.</summary>
    public async Task GuardAsync(Func<CancellationToken, Task> loop)
    {
        try
        {
            await loop(run.Token);
        }
        catch (ToolException e)
        {
            Fail(e);
        }
        catch (OperationCanceledException) when (run.IsCancellationRequested)
        {
        }
    }

    public string? Reason =>
        _fatal ?? (userCancel.IsCancellationRequested ? "interrupted" : run.IsCancellationRequested ? "time limit reached" : null);
}
