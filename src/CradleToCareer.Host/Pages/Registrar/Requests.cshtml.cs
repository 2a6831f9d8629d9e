using CradleToCareer.Application.Exchange;
using CradleToCareer.Domain.Transcripts.Requests;
using CradleToCareer.Host.Exchange;
using CradleToCareer.Host.Sessions;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CradleToCareer.Host.Pages.Registrar;

/// <summary>
/// The registrar's transcript requests (people.md, role college): the organization's requests newest first, paged,
/// filtered by status, each with what the organization sent, its history and, once issued, its transcript as PDF or
/// PESC XML. It lists them with the same use case and shapes them with the same view as <c>GET /v1/transcript-requests</c>.
/// </summary>
internal sealed class RequestsModel(ReadTranscriptRequests requests, TranscriptLinks links) : PageModel
{
    public const int PageSize = 20;

    /// <summary>The statuses of the filter, in the order a request moves through them.</summary>
    public static IReadOnlyList<string> Statuses => TranscriptRequestStatus.Known;

    /// <summary>The status filtered on; null for every request.</summary>
    public string? Status { get; private set; }

    /// <summary>The page's requests, newest first.</summary>
    public IReadOnlyList<RequestView> Requests { get; private set; } = [];

    /// <summary>The last request id of this page when another page may follow.</summary>
    public string? Next { get; private set; }

    /// <summary>Whether this page is a later one (opened with <c>after</c>).</summary>
    public bool IsLaterPage { get; private set; }

    public string? Problem { get; private set; }

    public async Task OnGetAsync(string? status, string? after, CancellationToken cancellationToken)
    {
        Status = string.IsNullOrWhiteSpace(status) ? null : status.Trim();
        var from = string.IsNullOrWhiteSpace(after) ? null : after.Trim();
        if (Status is not null && !TranscriptRequestStatus.IsKnown(Status))
        {
            Refuse("There is no such status. Choose one from the list, or every status.");
            Status = null;
            return;
        }

        if (from is not null && !TranscriptRequestIds.IsWellFormed(from))
        {
            Refuse("This page link is broken. Start again from the first page.");
            return;
        }

        IsLaterPage = from is not null;
        var page = await requests.ListAsync(HttpContext.WebCaller(), Status, from, PageSize, cancellationToken);
        Requests = [.. page.Select(request => RequestView.Of(request, links))];
        Next = page.Count == PageSize ? page[^1].RequestId : null;
    }

    /// <summary>The address of the page after this one, keeping the filter.</summary>
    public string NextPageHref() =>
        "/registrar/requests?" + (Status is null ? "" : "status=" + Uri.EscapeDataString(Status) + "&") + "after=" + Uri.EscapeDataString(Next!);

    /// <summary>The registrar's page that downloads the request's transcript in the format.</summary>
    public static string TranscriptHref(string transcriptId, string format) =>
        $"/registrar/transcript?id={Uri.EscapeDataString(transcriptId)}&format={format}";

    private void Refuse(string problem)
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        Problem = problem;
    }
}
