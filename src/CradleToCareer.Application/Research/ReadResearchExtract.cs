using CradleToCareer.Domain.Research;

namespace CradleToCareer.Application.Research;

/// <summary>What an extract read came to.</summary>
public abstract record ExtractLookup
{
    private ExtractLookup()
    {
    }

    /// <summary>The caller is neither an admin nor a researcher.</summary>
    public sealed record Forbidden : ExtractLookup;

    /// <summary>No such extract under the project, or one of another organization.</summary>
    public sealed record NotFound : ExtractLookup;

    public sealed record Found(ResearchExtract Extract) : ExtractLookup;
}

/// <summary>What listing a project's extracts came to.</summary>
public abstract record ExtractListing
{
    private ExtractListing()
    {
    }

    /// <summary>The caller is neither an admin nor a researcher.</summary>
    public sealed record Forbidden : ExtractListing;

    /// <summary>No such project, or one of another organization.</summary>
    public sealed record NotFound : ExtractListing;

    /// <summary>The project's extracts, newest first.</summary>
    public sealed record Listed(IReadOnlyList<ResearchExtract> Extracts) : ExtractListing;
}

/// <summary>
/// Where an extract stands (status, progress, summary or failure): a researcher of the project's organization reads
/// it, and an admin may too. An extract of another organization, or asked for under another project's id, reads as
/// not found. Reading it discloses nothing about anyone; the file itself is <see cref="DownloadResearchExtract"/>'s.
/// </summary>
public sealed class ReadResearchExtract(IResearchProjectStore projects, IResearchExtractStore extracts)
{
    public async Task<ExtractLookup> FindAsync(Caller caller, string projectId, string extractId, CancellationToken cancellationToken)
    {
        if (!ResearchAccess.MayRead(caller))
        {
            return new ExtractLookup.Forbidden();
        }

        return await FindVisibleAsync(caller, projectId, extractId, extracts, cancellationToken) is { } extract
            ? new ExtractLookup.Found(extract)
            : new ExtractLookup.NotFound();
    }

    public async Task<ExtractListing> ListAsync(Caller caller, string projectId, CancellationToken cancellationToken)
    {
        if (!ResearchAccess.MayRead(caller))
        {
            return new ExtractListing.Forbidden();
        }

        return await projects.FindAsync(projectId, cancellationToken) is { } project && ResearchAccess.Sees(caller, project)
            ? new ExtractListing.Listed(await extracts.ListAsync(projectId, cancellationToken))
            : new ExtractListing.NotFound();
    }

    /// <summary>The extract when it exists under the project and the caller is an admin or of its organization.</summary>
    internal static async Task<ResearchExtract?> FindVisibleAsync(
        Caller caller, string projectId, string extractId, IResearchExtractStore extracts, CancellationToken cancellationToken) =>
        ResearchExtractIds.IsWellFormed(extractId)
        && await extracts.FindAsync(extractId, cancellationToken) is { } extract
        && extract.ProjectId == projectId
        && (ResearchAccess.IsAdmin(caller) || caller.OrganizationId == extract.OrganizationId)
            ? extract
            : null;
}
