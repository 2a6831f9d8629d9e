using System.Diagnostics;
using System.Net;
using CradleToCareer.LoadTool.Cli;

namespace CradleToCareer.LoadTool.Pages;

/// <summary>
/// One open live stream of a student's page (<c>?handler=live</c>) as the advisor: opened, read until its
/// <c>: live</c> comment says the watch is set up, then read in the background. A probe arms it before posting a
/// change; the next <c>event: progress</c> completes the armed wait with the Stopwatch timestamp of its arrival.
/// A push with nothing armed is counted as unasked.
/// </summary>
public sealed class LiveStream : IAsyncDisposable
{
    public static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(30);

    private readonly HttpResponseMessage _response;
    private readonly CancellationTokenSource _stop = new();
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Lock _lock = new();
    private TaskCompletionSource<long>? _armed;
    private Task _reading = Task.CompletedTask;
    private long _pushes;
    private long _unasked;

    private LiveStream(PageStudent student, HttpResponseMessage response)
    {
        Student = student;
        _response = response;
    }

    public PageStudent Student { get; }

    public long Pushes => Interlocked.Read(ref _pushes);

    /// <summary>Progress pushes that came with no probe armed (a late one after a probe gave up, or a change of the service's own).</summary>
    public long Unasked => Interlocked.Read(ref _unasked);

    /// <summary>Why the stream closed early ("ended" by the service, or the read's error); null while open.</summary>
    public string? Closed { get; private set; }

    public static async Task<LiveStream> OpenAsync(HttpClient streams, PageStudent student, CancellationToken ct)
    {
        var response = await streams.GetAsync(CaseloadLinks.LivePath(student.Token), HttpCompletionOption.ResponseHeadersRead, ct);
        if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/event-stream")
        {
            var status = (int)response.StatusCode;
            response.Dispose();
            throw new ToolException($"setup: the live stream of {student.Landed.PersonId} answered {status}, not 200 text/event-stream");
        }
        var stream = new LiveStream(student, response);
        stream._reading = stream.ReadAsync();
        if (await Task.WhenAny(stream._ready.Task, Task.Delay(ReadyTimeout, ct)) != stream._ready.Task)
        {
            await stream.DisposeAsync();
            throw new ToolException($"setup: the live stream of {student.Landed.PersonId} sent no \": live\" within {ReadyTimeout.TotalSeconds:F0} s");
        }
        if (stream.Closed is { } closed)
        {
            await stream.DisposeAsync();
            throw new ToolException($"setup: the live stream of {student.Landed.PersonId} closed before its watch was set up: {closed}");
        }
        return stream;
    }

    /// <summary>Waits for the next progress push from now on; replaces any wait armed before.</summary>
    public Task<long> Arm()
    {
        var armed = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_lock)
        {
            _armed = armed;
        }
        return armed.Task;
    }

    /// <summary>Gives up the armed wait (the probe timed out or failed).</summary>
    public void Disarm()
    {
        lock (_lock)
        {
            _armed = null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _response.Dispose();
        await _reading;
        _stop.Dispose();
    }

    private async Task ReadAsync()
    {
        try
        {
            using var reader = new StreamReader(await _response.Content.ReadAsStreamAsync(_stop.Token));
            var parser = new SseParser();
            while (await reader.ReadLineAsync(_stop.Token) is { } line)
            {
                if (parser.Feed(line) is { } block)
                {
                    Take(block, Stopwatch.GetTimestamp());
                }
            }
            Closed ??= "closed by the service";
        }
        catch (Exception e) when (_stop.IsCancellationRequested && e is OperationCanceledException or IOException or ObjectDisposedException)
        {
        }
        catch (Exception e) when (e is IOException or HttpRequestException)
        {
            Closed = e.Message;
        }
        _ready.TrySetResult();
    }

    private void Take(SseEvent block, long arrived)
    {
        if (block.Comments.Contains("live"))
        {
            _ready.TrySetResult();
        }
        if (block.Event == "ended")
        {
            Closed = "ended by the service";
        }
        if (block.Event != "progress")
        {
            return;
        }
        Interlocked.Increment(ref _pushes);
        TaskCompletionSource<long>? armed;
        lock (_lock)
        {
            (armed, _armed) = (_armed, null);
        }
        if (armed is null)
        {
            Interlocked.Increment(ref _unasked);
        }
        else
        {
            armed.TrySetResult(arrived);
        }
    }
}
