using CradleToCareer.Domain.Research;

namespace CradleToCareer.Application.Research;

/// <summary>What a project listing came to.</summary>
public abstract record ProjectListing
{
    private ProjectListing()
    {
    }

    /// <summary>The caller is neither an admin nor a researcher.</summary>
    public sealed record Forbidden : ProjectListing;

    /// <summary>The projects the caller may see, by id.</summary>
    public sealed record Listed(IReadOnlyList<ResearchProject> Projects) : ProjectListing;
}

/// <summary>Lists research projects: every project to an admin, its organization's to a researcher.</summary>
public sealed class ListResearchProjects(IResearchProjectStore projects)
{
    public async Task<ProjectListing> RunAsync(Caller caller, CancellationToken cancellationToken)
    {
        if (!ResearchAccess.MayRead(caller))
        {
            return new ProjectListing.Forbidden();
        }

        var organizationId = ResearchAccess.IsAdmin(caller) ? null : caller.OrganizationId;
        return new ProjectListing.Listed(await projects.ListAsync(organizationId, cancellationToken));
    }
}
