using CradleToCareer.Application;
using CradleToCareer.Application.Accounts;
using CradleToCareer.Application.Alerts;
using CradleToCareer.Application.Disclosures;
using CradleToCareer.Application.Views;
using Microsoft.AspNetCore.Mvc;

namespace CradleToCareer.Host.Pages.Advisor;

/// <summary>
/// The live stream of an open student page, as Server-Sent Events:
/// <list type="bullet">
/// <item><c>event: progress</c>, <c>id:</c> the change version, <c>data:</c> the progress section's HTML, rendered by the
/// same partial as the page, after each change of the student's record;</item>
/// <item><c>event: alerts</c>, <c>data:</c> list items of the student's alerts that arrived (<see cref="WatchStudentAlerts"/>);</item>
/// <item><c>event: ended</c> when the consent no longer covers <c>progress</c> or the account is no longer active; then
/// the stream closes and the page shows nothing more of the student;</item>
/// <item>a comment every <see cref="Heartbeat"/> while quiet.</item>
/// </list>
/// It waits on the person's change pulse (<see cref="IProfileChanges"/>); every push is a fresh read through
/// <see cref="ViewProgress"/>, so every push is a recorded disclosure under the consent as it is then, and pushes come at
/// most once per <see cref="MinInterval"/>, however fast events arrive. A connection lasts until the session it was
/// opened with would expire; the browser then reconnects with <c>Last-Event-ID</c> and so passes the session check
/// again, or stops when the session has ended.
/// </summary>
internal sealed class LiveProgress(
    IProfileChanges changes,
    ViewProgress progress,
    DisclosureGate gate,
    WatchStudentAlerts alerts,
    WebSignIn signIn,
    PartialHtml partials,
    TimeSpan longestWait,
    TimeProvider clock)
{
    public static readonly TimeSpan MinInterval = TimeSpan.FromMilliseconds(250);
    public static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(15);

    private DateTimeOffset _lastWrite;

    public async Task RunAsync(
        ActionContext context, Caller caller, string accountId, string personId, long? seen, DateTimeOffset until,
        CancellationToken cancellationToken)
    {
        var response = context.HttpContext.Response;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-store";
        response.Headers["X-Accel-Buffering"] = "no";
        try
        {
            // Where the watch begins; a consent already gone ends it before anything is read.
            var version = seen ?? await changes.WaitAsync(personId, 0, TimeSpan.Zero, cancellationToken);
            var known = await alerts.StartAsync(personId, cancellationToken);
            if (await gate.ConsentAsync(caller, personId, DisclosureScope.Progress) is null)
            {
                await WriteAsync(response, "event: ended\ndata: ended\n\n", cancellationToken);
                return;
            }

            await WriteAsync(response, "retry: 2000\n: live\n\n", cancellationToken);
            var lastPush = DateTimeOffset.MinValue;
            while (clock.GetUtcNow() < until)
            {
                var current = await changes.WaitAsync(personId, version, longestWait, cancellationToken);
                if (current == version)
                {
                    if (clock.GetUtcNow() - _lastWrite >= Heartbeat - longestWait / 2)
                    {
                        await WriteAsync(response, ": keep-alive\n\n", cancellationToken);
                    }

                    continue;
                }

                var wait = lastPush + MinInterval - clock.GetUtcNow();
                if (wait > TimeSpan.Zero)
                {
                    // Gather the burst: the read below sees every change up to then, and the version says so.
                    await Task.Delay(wait, clock, cancellationToken);
                    current = await changes.WaitAsync(personId, version, TimeSpan.Zero, cancellationToken);
                }

                if (!await PushAsync(context, caller, accountId, personId, current, known, cancellationToken))
                {
                    return;
                }

                version = current;
                lastPush = clock.GetUtcNow();
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The page was closed.
        }
    }

    /// <summary>Reads and sends the section and any new alerts; false (after telling the page) when access ended.</summary>
    private async Task<bool> PushAsync(
        ActionContext context, Caller caller, string accountId, string personId, long version, HashSet<string> known,
        CancellationToken cancellationToken)
    {
        var response = context.HttpContext.Response;
        if (await signIn.StillActiveAsync(accountId, cancellationToken) is null
            || await progress.RunAsync(caller, personId, cancellationToken) is not { } view)
        {
            await WriteAsync(response, "event: ended\ndata: ended\n\n", cancellationToken);
            return false;
        }

        var html = await partials.RenderAsync(context, "/Pages/Advisor/_Progress.cshtml", view);
        await WriteAsync(response, $"id: {version}\nevent: progress\n{Data(html)}\n", cancellationToken);
        var arrived = await alerts.NewAsync(caller, view.PersonId, known, cancellationToken);
        if (arrived.Count > 0)
        {
            var items = await partials.RenderAsync(context, "/Pages/Advisor/_Alerts.cshtml", arrived);
            await WriteAsync(response, $"event: alerts\n{Data(items)}\n", cancellationToken);
        }

        return true;
    }

    /// <summary>A text as the data lines of one event.</summary>
    private static string Data(string text) =>
        string.Concat(text.ReplaceLineEndings("\n").Split('\n').Select(line => "data: " + line + "\n"));

    private async Task WriteAsync(HttpResponse response, string text, CancellationToken cancellationToken)
    {
        await response.WriteAsync(text, cancellationToken);
        await response.Body.FlushAsync(cancellationToken);
        _lastWrite = clock.GetUtcNow();
    }
}
