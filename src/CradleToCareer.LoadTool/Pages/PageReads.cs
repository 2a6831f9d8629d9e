using System.Diagnostics;
using System.Net;
using CradleToCareer.LoadTool.Views;

namespace CradleToCareer.LoadTool.Pages;

/// <summary>
/// Timed page GETs at a fixed open-loop rate (<see cref="PageMix"/> says which), at most a given number unanswered:
/// when all are busy the schedule waits for one and carries on from there rather than catching up in a burst.
/// A request is timed from just before it is sent to the end of its body; anything but 200 counts as a failure.
/// </summary>
public sealed class PageReads(IReadOnlyList<WebSession> sessions, PageMix mix, PagesTally tally, int rate, int concurrency)
{
    private long _sent;

    public long Sent => Interlocked.Read(ref _sent);

    /// <summary>Untimed: requests 0..count-1 of the mix, <c>concurrency</c> at a time, so the pages are compiled and warm.</summary>
    public Task WarmAsync(int count, CancellationToken ct) =>
        ClosedLoop.ForCountAsync(count, concurrency, async (n, token) =>
        {
            var page = mix.Next(n);
            using var response = await sessions[page.Session].Http.GetAsync(page.Path, token);
        }, ct);

    public async Task RunAsync(TimeSpan duration, CancellationToken ct)
    {
        var interval = TimeSpan.FromSeconds(1.0 / rate);
        using var slots = new SemaphoreSlim(concurrency);
        var pending = new List<Task>();
        var started = Stopwatch.GetTimestamp();
        var due = TimeSpan.Zero;
        for (long n = 0; ; n++)
        {
            var wait = due - Stopwatch.GetElapsedTime(started);
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, ct);
            }
            await slots.WaitAsync(ct);
            var now = Stopwatch.GetElapsedTime(started);
            if (now >= duration)
            {
                break;
            }
            due = (now - due > interval ? now : due) + interval;
            pending.Add(ReadAsync(mix.Next(n), slots, ct));
        }
        await Task.WhenAll(pending);
    }

    private async Task ReadAsync(PageRequest page, SemaphoreSlim slots, CancellationToken ct)
    {
        Interlocked.Increment(ref _sent);
        try
        {
            var start = Stopwatch.GetTimestamp();
            using var response = await sessions[page.Session].Http.GetAsync(page.Path, HttpCompletionOption.ResponseContentRead, ct);
            var latency = Stopwatch.GetElapsedTime(start);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                tally.Page(page.Kind, latency);
            }
            else
            {
                tally.PageFailed(page.Kind, $"{(int)response.StatusCode} {response.ReasonPhrase} for {page.Path}");
            }
        }
        catch (HttpRequestException e)
        {
            tally.PageFailed(page.Kind, $"{e.HttpRequestError} for {page.Path}");
        }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested)
        {
            tally.PageFailed(page.Kind, $"timeout for {page.Path}");
        }
        finally
        {
            slots.Release();
        }
    }
}
