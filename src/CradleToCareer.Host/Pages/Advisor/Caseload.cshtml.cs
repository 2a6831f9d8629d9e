using CradleToCareer.Application.Consents;
using CradleToCareer.Application.Views;
using CradleToCareer.Domain.Views;
using CradleToCareer.Host.Sessions;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CradleToCareer.Host.Pages.Advisor;

/// <summary>
/// The advisor's caseload (people.md): the students whose consent to the advisor's organization covers
/// <c>progress</c> now, a page at a time, each with the risk flags of their progress view. A page's views are read
/// through <see cref="ViewCaseload"/>, so each is a recorded disclosure; a page reads <see cref="PageSize"/> at most.
/// The list itself comes from the organization's own consent record (<see cref="ListGrantedConsents"/>), which
/// discloses nothing. No student data is in an address: each student is linked by a sealed token.
/// </summary>
public sealed class CaseloadModel(
    ListGrantedConsents consents, ViewCaseload caseload, IDataProtectionProvider protection, TimeProvider clock) : PageModel
{
    public const int PageSize = 25;

    /// <summary>The orders a page may ask for: newest consent first (the default), or by person id.</summary>
    public static readonly IReadOnlyList<(string Key, string Name)> Orders = [("recent", "Newest consent first"), ("id", "Person id")];

    /// <summary>The orders within one page, which need its views: as listed, or most risk flags first.</summary>
    public static readonly IReadOnlyList<(string Key, string Name)> RowOrders = [("list", "As listed"), ("flags", "Most risk flags first")];

    /// <summary>One student on the page: their token, person id, where they are enrolled and their risk flags.</summary>
    public sealed record Row(string Token, string PersonId, string Enrollment, IReadOnlyList<string> RiskFlags);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    /// <summary>How many students the caseload holds in all.</summary>
    public int Total { get; private set; }

    public int PageNumber { get; private set; } = 1;

    public int PageCount { get; private set; } = 1;

    public string Order { get; private set; } = "recent";

    public string RowOrder { get; private set; } = "list";

    public bool FlaggedOnly { get; private set; }

    /// <summary>Why there is nothing to show, in words; null when there is.</summary>
    public string? Problem { get; private set; }

    public async Task OnGetAsync(int? p, string? order, string? sort, bool flagged)
    {
        var caller = HttpContext.WebCaller();
        Order = Orders.Any(o => o.Key == order) ? order! : "recent";
        RowOrder = RowOrders.Any(o => o.Key == sort) ? sort! : "list";
        FlaggedOnly = flagged;
        if (await consents.RunAsync(caller, HttpContext.RequestAborted) is not { } granted)
        {
            Problem = "Your organization is not registered with the service, so it holds no consents.";
            return;
        }

        var now = clock.GetUtcNow();
        var covering = granted.Where(c => c.Covers(ProgressViews.ProgressScope, now))
            .GroupBy(c => c.PersonId, StringComparer.Ordinal)
            .Select(g => (PersonId: g.Key, GrantedAt: g.Max(c => c.GrantedAt)));
        var people = (Order == "id"
                ? covering.OrderBy(c => c.PersonId, StringComparer.Ordinal)
                : covering.OrderByDescending(c => c.GrantedAt).ThenBy(c => c.PersonId, StringComparer.Ordinal))
            .Select(c => c.PersonId)
            .ToList();
        Total = people.Count;
        PageCount = Math.Max(1, (Total + PageSize - 1) / PageSize);
        if (p is < 1 || p > PageCount)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            Problem = $"There is no page {p} of your caseload: it has {PageCount}.";
            return;
        }

        PageNumber = p ?? 1;
        var tokens = new StudentTokens(protection);
        var views = await caseload.RunAsync(caller, [.. people.Skip((PageNumber - 1) * PageSize).Take(PageSize)], HttpContext.RequestAborted);
        IEnumerable<Row> rows = views.Select(view => new Row(tokens.For(view.PersonId), view.PersonId, AdvisorWords.Enrollment(view.CurrentEnrollment), view.RiskFlags));
        if (FlaggedOnly)
        {
            rows = rows.Where(row => row.RiskFlags.Count > 0);
        }

        if (RowOrder == "flags")
        {
            rows = rows.OrderByDescending(row => row.RiskFlags.Count);
        }

        Rows = [.. rows];
    }

    /// <summary>The query of another page of the same list: only page number and order keys, never student data.</summary>
    public Dictionary<string, string> QueryFor(int page) => new()
    {
        ["p"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["order"] = Order,
        ["sort"] = RowOrder,
        ["flagged"] = FlaggedOnly ? "true" : "false",
    };
}
