using CradleToCareer.Application.Accounts;
using CradleToCareer.Domain.Access;

namespace CradleToCareer.Host.Sessions;

/// <summary>Where each signed-in person starts, and the pages the main navigation offers them.</summary>
public static class WebHome
{
    public const string SignInPath = "/";
    public const string SignOutPath = "/signout";
    public const string DeniedPath = "/denied";

    /// <summary>A page of the navigation: its address and its name.</summary>
    public sealed record Link(string Path, string Name);

    private static readonly (string Role, Link[] Links)[] StaffPages =
    [
        (Roles.Advisor, [new Link("/advisor/caseload", "Caseload")]),
        (Roles.College, [new Link("/registrar/requests", "Transcript requests")]),
        (Roles.Steward, [new Link("/steward/reviews", "Review queue"), new Link("/steward/journal", "Merge journal")]),
        (Roles.Admin, [new Link("/admin/organizations", "Organizations")]),
    ];

    private static readonly Link[] StudentPages =
    [
        new("/student/record", "My record"),
        new("/student/consents", "My consents"),
        new("/student/disclosures", "Who saw my data"),
    ];

    private static readonly Link Outcomes = new("/outcomes", "Outcomes");

    /// <summary>The pages of the main navigation: the person's own, then the outcomes everyone may read.</summary>
    public static IReadOnlyList<Link> LinksFor(WebAccount? account) => account switch
    {
        null => [Outcomes, new Link("/swagger", "API")],
        { IsStaff: false } => [.. StudentPages, Outcomes],
        _ => [.. StaffPages.Where(pages => account.Roles.Contains(pages.Role)).SelectMany(pages => pages.Links), Outcomes],
    };

    /// <summary>The first page of the person's navigation.</summary>
    public static string PathFor(WebAccount account) => LinksFor(account)[0].Path;
}
