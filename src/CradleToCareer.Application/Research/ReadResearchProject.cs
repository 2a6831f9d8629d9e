using CradleToCareer.Domain.Research;

namespace CradleToCareer.Application.Research;

/// <summary>What a project read came to.</summary>
public abstract record ProjectLookup
{
    private ProjectLookup()
    {
    }

    /// <summary>The caller is neither an admin nor a researcher.</summary>
    public sealed record Forbidden : ProjectLookup;

    /// <summary>No such project, or one of another organization.</summary>
    public sealed record NotFound : ProjectLookup;

    public sealed record Found(ResearchProject Project) : ProjectLookup;
}

/// <summary>
/// Reads one research project: an admin reads any; a researcher only its organization's, another organization's
/// answering as not found.
/// </summary>
public sealed class ReadResearchProject(IResearchProjectStore projects)
{
    public async Task<ProjectLookup> RunAsync(Caller caller, string projectId, CancellationToken cancellationToken)
    {
        if (!ResearchAccess.MayRead(caller))
        {
            return new ProjectLookup.Forbidden();
        }

        return await projects.FindAsync(projectId, cancellationToken) is { } project && ResearchAccess.Sees(caller, project)
            ? new ProjectLookup.Found(project)
            : new ProjectLookup.NotFound();
    }
}
