using CradleToCareer.Application.Identity;
using CradleToCareer.Domain.Identity;
using CradleToCareer.Host.Sessions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CradleToCareer.Host.Pages.Steward;

/// <summary>
/// The merge journal (people.md, role steward): every merge, a steward's or the matcher's, newest first, masked, with
/// who made it, when and why; a merge still in force can be undone (<see cref="UndoMerge"/>, as
/// <c>POST /v1/identity/merges/{mergeId}/undo</c>), after which it reads as undone.
/// </summary>
internal sealed class JournalModel(ListMerges merges, UndoMerge undo) : PageModel
{
    public const int PageSize = 20;

    public IReadOnlyList<MaskedMerge> Merges { get; private set; } = [];

    public string? After { get; private set; }

    public string? Next { get; private set; }

    public string? Done { get; private set; }

    public string? Problem { get; private set; }

    /// <summary>The merge the problem is about, when it is on this page.</summary>
    public string? ProblemMergeId { get; private set; }

    public async Task OnGetAsync(string? after, string? done, CancellationToken cancellationToken)
    {
        Done = done switch
        {
            "merged" => "Merged. The merge is at the top of the journal; undo it there if it was a mistake.",
            "undone" => "The merge was undone: both persons are back as they were before it.",
            _ => null,
        };
        await LoadAsync(after, cancellationToken);
    }

    public async Task<IActionResult> OnPostUndoAsync(string? mergeId, string? reason, string? after, CancellationToken cancellationToken)
    {
        var outcome = string.IsNullOrWhiteSpace(mergeId)
            ? new UndoOutcome(UndoStatus.NotFound)
            : await undo.RunAsync(HttpContext.WebCaller(), mergeId, string.IsNullOrWhiteSpace(reason) ? null : reason, cancellationToken);
        if (outcome.Status == UndoStatus.Undone)
        {
            return RedirectToPage("/Steward/Journal", new { done = "undone" });
        }

        await LoadAsync(after, cancellationToken);
        ProblemMergeId = Merges.Any(merge => merge.Merge.MergeId == mergeId) ? mergeId : null;
        Problem = outcome.Status == UndoStatus.AlreadyUndone ? "This merge has already been undone." : "No merge has this id.";
        var page = Page();
        page.StatusCode = outcome.Status == UndoStatus.AlreadyUndone ? StatusCodes.Status409Conflict : StatusCodes.Status404NotFound;
        return page;
    }

    public string NextPageHref() => "/steward/journal?after=" + Uri.EscapeDataString(Next!);

    private async Task LoadAsync(string? after, CancellationToken cancellationToken)
    {
        After = string.IsNullOrWhiteSpace(after) ? null : after.Trim();
        if (await merges.RunAsync(PageSize, After, cancellationToken) is MergesOutcome.Listed listed)
        {
            Merges = listed.Merges;
            Next = Merges.Count == PageSize ? Merges[^1].Merge.MergeId : null;
        }
    }
}
