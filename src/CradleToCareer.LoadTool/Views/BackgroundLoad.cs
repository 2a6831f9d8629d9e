using CradleToCareer.LoadTool.Cli;
using CradleToCareer.LoadTool.Http;
using CradleToCareer.LoadTool.Ingest;
using CradleToCareer.LoadTool.Reads;

namespace CradleToCareer.LoadTool.Views;

/// <summary>
/// Steady ingest of other students (<see cref="BackgroundIngest"/>) from the end of setup until <see cref="StopAsync"/>.
/// Its persons come from a seed mixed with the tag, so a new tag sends new events rather than duplicates. A refusal
/// no retry can fix (401, 403, ...) stops the whole run through <see cref="RunStop"/>.
/// </summary>
public sealed class BackgroundLoad
{
    public const int MaxBatch = 100;

    /// <summary>Longer than any run; the load ends when stopped.</summary>
    private static readonly TimeSpan UntilStopped = TimeSpan.FromDays(1);

    private readonly CancellationTokenSource _stop;
    private readonly Task _running;

    private BackgroundLoad(BatchSender sender, int seed, int rate, RunStop stop, CancellationToken runToken)
    {
        Tally = sender.Tally;
        Rate = rate;
        _stop = CancellationTokenSource.CreateLinkedTokenSource(runToken);
        _running = rate == 0 ? Task.CompletedTask : Task.Run(async () =>
        {
            try
            {
                await BackgroundIngest.RunAsync(sender, seed, rate, MaxBatch, UntilStopped, _stop.Token);
            }
            catch (OperationCanceledException) when (_stop.IsCancellationRequested)
            {
            }
            catch (ToolException e)
            {
                stop.Fail(e);
            }
        }, CancellationToken.None);
    }

    public IngestTally Tally { get; }

    /// <summary>Target events per second; 0 when there is no background load.</summary>
    public int Rate { get; }

    /// <summary>Events answered per second from the first batch sent to the last answer.</summary>
    public double? AchievedRate => Tally.ElapsedSeconds > 0 ? Tally.EventsAnswered / Tally.ElapsedSeconds : null;

    public static BackgroundLoad Start(HttpClient http, AccessTokenSource tokens, ViewsOptions o, RunStop stop, CancellationToken runToken) =>
        new(new BatchSender(http, tokens, new IngestTally()), Seed(o.Seed, o.Tag), o.BackgroundIngestRate, stop, runToken);

    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        await _running;
        _stop.Dispose();
    }

    public string Status() =>
        Rate == 0 ? "no background ingest" : $"background {Tally.EventsAnswered:N0} events, {AchievedRate ?? 0:N0}/s";

    /// <summary>The seed mixed with a stable (FNV-1a) hash of the tag.</summary>
    public static int Seed(int seed, string tag)
    {
        var hash = 2_166_136_261u;
        foreach (var c in tag)
        {
            hash = (hash ^ c) * 16_777_619u;
        }
        return seed ^ (int)hash;
    }
}
