using CradleToCareer.Domain.Access;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace CradleToCareer.Host.Sessions;

/// <summary>
/// Who may open which folder of pages: students and guardians their own pages, staff the pages of their roles. A page
/// outside these folders is open to anyone (sign-in, activation, outcomes).
/// </summary>
public static class PagePolicies
{
    public const string Student = "page:student";

    /// <summary>Each folder and the policy its pages require.</summary>
    public static readonly IReadOnlyDictionary<string, string> Folders = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["/Student"] = Student,
        ["/Advisor"] = Staff(Roles.Advisor),
        ["/Registrar"] = Staff(Roles.College),
        ["/Steward"] = Staff(Roles.Steward),
        ["/Admin"] = Staff(Roles.Admin),
    };

    public static string Staff(string role) => "page:" + role;

    public static void Apply(PageConventionCollection conventions)
    {
        foreach (var (folder, policy) in Folders)
        {
            conventions.AuthorizeFolder(folder, policy);
        }
    }
}
