using CradleToCareer.Application.Access;
using CradleToCareer.Application.Disclosures;
using CradleToCareer.Domain.Disclosures;
using CradleToCareer.Host.Sessions;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CradleToCareer.Host.Pages.Student;

/// <summary>
/// "Who saw my data" (people.md): the disclosure record of the signed-in person, newest first, read through the same use
/// case as the API's <c>GET /v1/students/{personId}/disclosures</c>, with the check of its hash chain said in words.
/// This reading is itself recorded, and shows at the next.
/// </summary>
internal sealed class DisclosuresModel(ReadDisclosures read, IAccessRegistry registry, TimeProvider clock) : PageModel
{
    /// <summary>The entries, newest first; empty when there are none or no event names the person.</summary>
    public IReadOnlyList<RecordedDisclosure> Entries { get; private set; } = [];

    /// <summary>The check of the chain; null when no event names the person.</summary>
    public ChainVerification? Verification { get; private set; }

    /// <summary>Organization names by id, for the organizations the entries name.</summary>
    public IReadOnlyDictionary<string, string> OrganizationNames { get; private set; } = new Dictionary<string, string>();

    public DateTimeOffset AsOf { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        AsOf = clock.GetUtcNow();
        if (await read.RunAsync(HttpContext.WebCaller(), HttpContext.Account()!.PersonId, cancellationToken) is { } reading)
        {
            Entries = [.. reading.Entries.OrderByDescending(entry => entry.EntryNumber)];
            Verification = reading.Verification;
            OrganizationNames = (await registry.ListOrganizationsAsync(cancellationToken)).ToDictionary(o => o.Id, o => o.Name, StringComparer.Ordinal);
        }
    }

    /// <summary>Who received the data, in words: the web pages, or an organization by name and id.</summary>
    public string Organization(string organizationId) => organizationId switch
    {
        Application.Accounts.WebCallers.PortalId => "These pages (your own account)",
        _ when OrganizationNames.TryGetValue(organizationId, out var name) => $"{name} ({organizationId})",
        _ => organizationId,
    };
}
