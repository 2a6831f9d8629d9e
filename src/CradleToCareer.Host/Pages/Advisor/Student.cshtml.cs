using CradleToCareer.Application.Alerts;
using CradleToCareer.Application.Accounts;
using CradleToCareer.Application.Disclosures;
using CradleToCareer.Application.Views;
using CradleToCareer.Domain.Views;
using CradleToCareer.Host.Sessions;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace CradleToCareer.Host.Pages.Advisor;

/// <summary>
/// One student's consented progress (people.md, advisor: student progress), named by a sealed token from the caseload
/// (<c>?s=</c>). The view is <see cref="ViewProgress"/>'s, a recorded disclosure like the API's. The page then stays
/// live: its script opens <see cref="OnGetLiveAsync"/> (<c>?handler=live</c>), which pushes the section again after
/// each change and the student's alerts as they arrive (<see cref="LiveProgress"/>).
/// </summary>
public sealed class StudentModel(
    ViewProgress progress,
    IProfileChanges changes,
    DisclosureGate gate,
    WatchStudentAlerts alerts,
    WebSignIn signIn,
    IDataProtectionProvider protection,
    IRazorViewEngine views,
    IModelMetadataProvider metadata,
    ITempDataProvider tempData,
    IOptions<SiloMessagingOptions> messaging,
    TimeProvider clock) : PageModel
{
    public const string NoStudent = "This link does not open a student you may see: their consent may have ended. Choose a student from your caseload.";

    /// <summary>The token the page was opened with; null when it names no student.</summary>
    public string? Token { get; private set; }

    /// <summary>The change version the view was read at, where the live stream starts.</summary>
    public long Version { get; private set; }

    public ProgressView? Progress { get; private set; }

    /// <summary>Why there is nothing to show, in words; null when there is, or no student was asked for.</summary>
    public string? Problem { get; private set; }

    public async Task OnGetAsync(string? s)
    {
        if (string.IsNullOrEmpty(s))
        {
            return;
        }

        var cancellationToken = HttpContext.RequestAborted;
        if (new StudentTokens(protection).Open(s) is not { } personId)
        {
            Refuse();
            return;
        }

        // The version first, then the view: a change in between is pushed again rather than missed.
        var version = await changes.WaitAsync(personId, 0, TimeSpan.Zero, cancellationToken);
        if (await progress.RunAsync(HttpContext.WebCaller(), personId, cancellationToken) is not { } view)
        {
            Refuse();
            return;
        }

        (Token, Version, Progress) = (s, version, view);
    }

    /// <summary>
    /// <c>GET ?handler=live&amp;s=…&amp;v=…</c>: Server-Sent Events of this student's progress section and alerts (see
    /// <see cref="LiveProgress"/>); a token that opens nothing is a 404.
    /// </summary>
    public async Task<IActionResult> OnGetLiveAsync(string? s, long? v)
    {
        if (new StudentTokens(protection).Open(s) is not { } personId)
        {
            return new NotFoundResult();
        }

        if (long.TryParse(Request.Headers["Last-Event-ID"].ToString(), out var resumed))
        {
            v = resumed;
        }

        // The stream lasts as long as the session it was opened with; the browser's reconnection is checked afresh.
        var now = clock.GetUtcNow();
        var session = await HttpContext.AuthenticateAsync(WebSessionSetup.Scheme);
        var until = session.Properties?.ExpiresUtc is { } expires && expires > now ? expires : now + WebSessionSetup.IdleTimeout;

        // A waiting grain call must end well within the cluster's response timeout.
        var longestWait = TimeSpan.FromTicks(Math.Min(LiveProgress.Heartbeat.Ticks, messaging.Value.ResponseTimeout.Ticks / 2));
        var live = new LiveProgress(
            changes, progress, gate, alerts, signIn, new PartialHtml(views, metadata, tempData), longestWait, clock);
        await live.RunAsync(
            PageContext, HttpContext.WebCaller(), HttpContext.Account()!.AccountId, personId, v, until, HttpContext.RequestAborted);
        return new EmptyResult();
    }

    private void Refuse()
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        Problem = NoStudent;
    }
}
