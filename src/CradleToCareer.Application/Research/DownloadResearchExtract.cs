using CradleToCareer.Domain.Access;
using CradleToCareer.Domain.Research;

namespace CradleToCareer.Application.Research;

/// <summary>What asking for an extract's file came to.</summary>
public abstract record ExtractDownload
{
    private ExtractDownload()
    {
    }

    /// <summary>Only a researcher takes an extract's file; an admin approves projects but takes no data.</summary>
    public sealed record Forbidden : ExtractDownload;

    /// <summary>No such extract under the project, or one of another organization.</summary>
    public sealed record NotFound : ExtractDownload;

    /// <summary>The extract is queued, running or failed: there is no file to take.</summary>
    public sealed record NotReady(ResearchExtract Extract) : ExtractDownload;

    /// <summary>The project's approval has run out: its data no longer leaves, even an extract made before.</summary>
    public sealed record ProjectExpired(ResearchExtract Extract) : ExtractDownload;

    /// <summary>The CSV (<see cref="ExtractCsv"/>), its chunks read from the store one at a time as they are enumerated.</summary>
    public sealed record File(ResearchExtract Extract, IAsyncEnumerable<ReadOnlyMemory<byte>> Chunks) : ExtractDownload;
}

/// <summary>
/// A researcher of the project's organization takes a ready extract's file while the project's approval lasts. The
/// file is streamed chunk by chunk from the store, never held whole. Whom it includes was recorded in their
/// disclosure records when the job wrote it.
/// </summary>
public sealed class DownloadResearchExtract(IResearchProjectStore projects, IResearchExtractStore extracts, TimeProvider clock)
{
    public async Task<ExtractDownload> RunAsync(Caller caller, string projectId, string extractId, CancellationToken cancellationToken)
    {
        if (!caller.IsIn(Roles.Researcher))
        {
            return new ExtractDownload.Forbidden();
        }

        if (await ReadResearchExtract.FindVisibleAsync(caller, projectId, extractId, extracts, cancellationToken) is not { } extract
            || extract.OrganizationId != caller.OrganizationId)
        {
            return new ExtractDownload.NotFound();
        }

        if (extract.Status != ExtractStatus.Ready)
        {
            return new ExtractDownload.NotReady(extract);
        }

        if (await projects.FindAsync(projectId, cancellationToken) is not { } project)
        {
            return new ExtractDownload.NotFound();
        }

        if (clock.GetUtcNow() >= project.ExpiresAt)
        {
            return new ExtractDownload.ProjectExpired(extract);
        }

        return new ExtractDownload.File(extract, extracts.ReadFileAsync(extract.ExtractId, cancellationToken));
    }
}
