using CradleToCareer.Application.Exchange;
using CradleToCareer.Application.Transcripts;
using CradleToCareer.Host.Sessions;
using CradleToCareer.Host.Transcripts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Net.Http.Headers;

namespace CradleToCareer.Host.Pages.Registrar;

/// <summary>
/// An issued transcript, downloaded by the registrar as PDF or PESC XML (<c>?id=t_…&amp;format=pdf|xml</c>) through the
/// code of <c>GET /v1/transcripts/{transcriptId}</c>: the same use case (only the requesting organization, under a
/// consent covering <c>transcript</c>, recorded as a disclosure), the same rendering, and the request marked delivered.
/// Without an id it is a form that asks for one; a transcript of another organization is not found, as in the API.
/// </summary>
internal sealed class TranscriptModel(
    IssueTranscript transcripts, TranscriptSigner signer, TranscriptLinks links, MarkTranscriptDelivered delivered) : PageModel
{
    public string? Id { get; private set; }

    public string Format { get; private set; } = "pdf";

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? id, string? format, CancellationToken cancellationToken)
    {
        Id = string.IsNullOrWhiteSpace(id) ? null : id.Trim();
        Format = string.IsNullOrWhiteSpace(format) ? "pdf" : format.Trim().ToLowerInvariant();
        if (Id is null)
        {
            return Page();
        }

        TranscriptFormat? chosen = Format switch
        {
            "pdf" => TranscriptFormat.Pdf,
            "xml" => TranscriptFormat.PescXml,
            _ => null,
        };
        if (chosen is null)
        {
            return Refuse(StatusCodes.Status400BadRequest, "A transcript opens as pdf or as xml (PESC).");
        }

        if (!TranscriptIds.IsWellFormed(Id))
        {
            return Refuse(StatusCodes.Status400BadRequest, "A transcript id is t_ followed by 32 lowercase hexadecimal digits.");
        }

        if (await transcripts.FindAsync(HttpContext.WebCaller(), Id, cancellationToken) is not { } issued)
        {
            return Refuse(StatusCodes.Status404NotFound, "No transcript with this id was issued to your organization.");
        }

        await delivered.ByTranscriptAsync(issued.TranscriptId, cancellationToken);
        var fileName = $"transcript-{issued.TranscriptId}.{Format}";
        return new Download(TranscriptResult.Of(chosen.Value, issued, signer, links, StatusCodes.Status200OK), fileName);
    }

    private PageResult Refuse(int status, string problem)
    {
        Problem = problem;
        var page = Page();
        page.StatusCode = status;
        return page;
    }

    /// <summary>The transcript as the API renders it, saved by the browser under <paramref name="fileName"/>.</summary>
    private sealed class Download(IResult transcript, string fileName) : IActionResult
    {
        public Task ExecuteResultAsync(ActionContext context)
        {
            var disposition = new ContentDispositionHeaderValue("attachment");
            disposition.SetHttpFileName(fileName);
            context.HttpContext.Response.Headers.ContentDisposition = disposition.ToString();
            return transcript.ExecuteAsync(context.HttpContext);
        }
    }
}
