using System.Globalization;
using CradleToCareer.Application.Access;
using CradleToCareer.Application.Consents;
using CradleToCareer.Application.Exchange;
using CradleToCareer.Domain.Access;
using CradleToCareer.Domain.Consent;
using CradleToCareer.Domain.Events;
using CradleToCareer.Domain.Transcripts.Requests;
using CradleToCareer.Host.Sessions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CradleToCareer.Host.Pages.Student;

/// <summary>
/// "My consents" (people.md): the signed-in person's consents, active and past; a new one to an organization picked
/// from the directory; revoking one; and the transcript requests waiting for consent, to approve (a consent covering
/// <c>transcript</c> to the requester) or decline. Every change goes through the use case the API calls, always for the
/// account's own person: a consent or request id of someone else's is "not found" and changes nothing.
/// </summary>
internal sealed class ConsentsModel(
    ListStudentConsents list, GrantConsent grant, RevokeConsent revoke, ListWaitingTranscriptRequests waiting,
    ApproveTranscriptRequest approve, DeclineTranscriptRequest decline, IAccessRegistry registry, TimeProvider clock) : PageModel
{
    public const string Path = "/student/consents";

    [BindProperty]
    public string? RecipientOrgId { get; set; }

    [BindProperty]
    public List<string> Scopes { get; set; } = [];

    [BindProperty]
    public string? Purpose { get; set; }

    /// <summary>The last day of the consent, as the date field sends it (yyyy-MM-dd).</summary>
    [BindProperty]
    public string? Expires { get; set; }

    public IReadOnlyList<Consent> Consents { get; private set; } = [];

    public IReadOnlyList<TranscriptRequestRecord> Waiting { get; private set; } = [];

    public IReadOnlyList<Organization> Organizations { get; private set; } = [];

    public DateTimeOffset Now { get; private set; }

    /// <summary>False when no event names the person yet: there is nothing to consent to.</summary>
    public bool HasRecord { get; private set; } = true;

    /// <summary>The grant form's problems, each on its field.</summary>
    public IReadOnlyList<FieldError> Errors { get; private set; } = [];

    /// <summary>A problem with a revoke, an approval or a decline, in words.</summary>
    public string? Problem { get; private set; }

    /// <summary>What the last change did, after the redirect that followed it.</summary>
    public string? Done { get; private set; }

    public DateOnly Today => DateOnly.FromDateTime(Now.UtcDateTime);

    public DateOnly LastDay => Today.AddYears(1);

    public async Task OnGetAsync(string? done, CancellationToken cancellationToken)
    {
        Done = done switch
        {
            "granted" => "The consent is granted.",
            "revoked" => "The consent is revoked. The next request that relies on it is refused.",
            "approved" => "The transcript request is approved: the college can now have your transcript.",
            "declined" => "The transcript request is declined. It is gone from your list; the college is not told.",
            _ => null,
        };
        Expires = LastDayOn(clock.GetUtcNow()).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostGrantAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var expiresAt = ExpiryFor(Expires, now);
        var terms = new ConsentTerms(Scopes, Purpose?.Trim(), expiresAt, StudentWords.Grantor(HttpContext.Account()!.Kind));
        var outcome = await grant.RunAsync(HttpContext.WebCaller(), PersonId, RecipientOrgId is { Length: > 0 } id ? id : null, terms, cancellationToken);
        switch (outcome)
        {
            case GrantOutcome.Granted:
                return Redirect(Path + "?done=granted");
            case GrantOutcome.Invalid invalid:
                Errors = expiresAt is null && Expires is { Length: > 0 }
                    ? [.. invalid.Errors.Where(e => e.Path != "/expiresAt"), new FieldError("/expiresAt", "must be a date, as yyyy-MM-dd")]
                    : invalid.Errors;
                return await RefuseAsync(StatusCodes.Status400BadRequest, null, cancellationToken);
            default:
                return await RefuseAsync(StatusCodes.Status404NotFound, "Your record has no entries yet, so there is nothing to consent to.", cancellationToken);
        }
    }

    public async Task<IActionResult> OnPostRevokeAsync(string? consentId, CancellationToken cancellationToken) =>
        consentId is { Length: > 0 and <= 100 } && await revoke.RunAsync(PersonId, consentId, cancellationToken)
            ? Redirect(Path + "?done=revoked")
            : await RefuseAsync(StatusCodes.Status404NotFound, "Consent not found: you hold no consent with this id. Nothing was revoked.", cancellationToken);

    public async Task<IActionResult> OnPostApproveAsync(string? requestId, CancellationToken cancellationToken)
    {
        var outcome = requestId is null
            ? new GrantOutcome.NotFound()
            : await approve.RunAsync(HttpContext.WebCaller(), PersonId, requestId, StudentWords.Grantor(HttpContext.Account()!.Kind), cancellationToken);
        return outcome switch
        {
            GrantOutcome.Granted => Redirect(Path + "?done=approved"),
            GrantOutcome.Invalid invalid => await RefuseAsync(
                StatusCodes.Status400BadRequest,
                "The request was not approved: " + string.Join("; ", invalid.Errors.Select(e => e.Message)) + ".",
                cancellationToken),
            _ => await RefuseAsync(StatusCodes.Status404NotFound, "Request not found: no transcript request with this id is waiting for you. Nothing changed.", cancellationToken),
        };
    }

    public async Task<IActionResult> OnPostDeclineAsync(string? requestId, CancellationToken cancellationToken) =>
        requestId is not null && await decline.RunAsync(PersonId, requestId, cancellationToken)
            ? Redirect(Path + "?done=declined")
            : await RefuseAsync(StatusCodes.Status404NotFound, "Request not found: no transcript request with this id is waiting for you. Nothing changed.", cancellationToken);

    /// <summary>The error of the grant form at the field, if any (<c>/scopes/2</c> counts as <c>/scopes</c>).</summary>
    public string? ErrorOf(string path) =>
        Errors.Where(e => e.Path == path || e.Path.StartsWith(path + "/", StringComparison.Ordinal)).Select(e => e.Message).FirstOrDefault();

    public string OrganizationName(string organizationId) =>
        Organizations.FirstOrDefault(o => o.Id == organizationId) is { } organization ? $"{organization.Name} ({organization.Id})" : organizationId;

    /// <summary>The last day a consent granted now may run to.</summary>
    public static DateOnly LastDayOn(DateTimeOffset now) => DateOnly.FromDateTime(now.UtcDateTime).AddYears(1);

    /// <summary>
    /// A consent runs to the end of its last day (UTC), but never beyond a year from now: on the last day allowed, it ends
    /// exactly a year from now. Null when the text is not a date.
    /// </summary>
    public static DateTimeOffset? ExpiryFor(string? lastDay, DateTimeOffset now)
    {
        if (!DateOnly.TryParseExact(lastDay?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return null;
        }

        var endOfDay = new DateTimeOffset(day.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        return day <= LastDayOn(now) && endOfDay > now.AddYears(1) ? now.AddYears(1) : endOfDay;
    }

    private string PersonId => HttpContext.Account()!.PersonId;

    private async Task<PageResult> RefuseAsync(int status, string? problem, CancellationToken cancellationToken)
    {
        Response.StatusCode = status;
        Problem = problem;
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Now = clock.GetUtcNow();
        var caller = HttpContext.WebCaller();
        Organizations = await registry.ListOrganizationsAsync(cancellationToken);
        var consents = await list.RunAsync(caller, PersonId, cancellationToken);
        HasRecord = consents is not null;
        Consents = [.. (consents ?? []).OrderByDescending(c => c.GrantedAt)];
        Waiting = await waiting.RunAsync(caller, PersonId, cancellationToken) ?? [];
    }
}
