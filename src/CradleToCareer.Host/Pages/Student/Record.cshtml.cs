using System.Text.Json;
using CradleToCareer.Application.Students;
using CradleToCareer.Domain.Profile;
using CradleToCareer.Host.Sessions;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CradleToCareer.Host.Pages.Student;

/// <summary>
/// "My record" (people.md): the signed-in student's, or a guardian's student's, whole profile, read through the same use
/// case as the API's <c>GET /v1/students/{personId}</c>, so the read is recorded as a disclosure to the web portal. The
/// person is always the account's own; nothing in the address can name another.
/// </summary>
internal sealed class RecordModel(ReadProfile read, TimeProvider clock) : PageModel
{
    /// <summary>The profile; null when no event names the person yet.</summary>
    public StudentProfile? Profile { get; private set; }

    /// <summary>When the profile was read.</summary>
    public DateTimeOffset AsOf { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var personId = HttpContext.Account()!.PersonId;
        AsOf = clock.GetUtcNow();
        if (await read.RunAsync(HttpContext.WebCaller(), personId, cancellationToken) is { } json)
        {
            Profile = JsonSerializer.Deserialize<StudentProfile>(json, StudentProfileJson.Options)
                ?? throw new InvalidOperationException("A profile read as null.");
        }
    }
}
