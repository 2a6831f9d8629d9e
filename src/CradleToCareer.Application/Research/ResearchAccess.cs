using CradleToCareer.Domain.Access;
using CradleToCareer.Domain.Research;

namespace CradleToCareer.Application.Research;

/// <summary>
/// Who may see research projects and extracts: an admin sees every project and extract; a researcher sees only its
/// organization's, and another organization's reads to it as if it did not exist. Every other role sees none.
/// </summary>
internal static class ResearchAccess
{
    public static bool IsAdmin(Caller caller) => caller.IsIn(Roles.Admin);

    /// <summary>True for the callers that may read research at all: admins and researchers.</summary>
    public static bool MayRead(Caller caller) => IsAdmin(caller) || caller.IsIn(Roles.Researcher);

    /// <summary>True when the caller is a researcher of <paramref name="organizationId"/>.</summary>
    public static bool IsResearcherOf(Caller caller, string organizationId) =>
        caller.IsIn(Roles.Researcher) && caller.OrganizationId == organizationId;

    /// <summary>True when the caller may see the project: an admin, or a researcher of its organization.</summary>
    public static bool Sees(Caller caller, ResearchProject project) =>
        IsAdmin(caller) || IsResearcherOf(caller, project.OrganizationId);
}
