using CradleToCareer.Domain.Access;
using CradleToCareer.Domain.Research;
using Microsoft.Extensions.Logging;

namespace CradleToCareer.Application.Research;

/// <summary>What asking for an extract came to.</summary>
public abstract record ExtractRequestOutcome
{
    private ExtractRequestOutcome()
    {
    }

    /// <summary>Only a researcher asks for extracts.</summary>
    public sealed record Forbidden : ExtractRequestOutcome;

    /// <summary>No such project, or one of another organization.</summary>
    public sealed record NotFound : ExtractRequestOutcome;

    /// <summary>The project's approval has run out: no extract may be asked for under it any more.</summary>
    public sealed record ProjectExpired(ResearchProject Project) : ExtractRequestOutcome;

    /// <summary>The extract is kept, queued, and its job started.</summary>
    public sealed record Requested(ResearchExtract Extract) : ExtractRequestOutcome;
}

/// <summary>
/// A researcher of the project's organization asks for an extract while the project's approval lasts (it ends at
/// <see cref="ResearchProject.ExpiresAt"/>). The extract is kept durably as <c>queued</c> before its job is started;
/// if starting fails, the extract stays queued and the host takes it up again from
/// <see cref="IResearchExtractStore.UnfinishedAsync"/>, so what was accepted is never lost.
/// </summary>
public sealed class RequestResearchExtract(
    IResearchProjectStore projects, IResearchExtractStore extracts, IExtractJobs jobs, TimeProvider clock,
    ILogger<RequestResearchExtract> logger)
{
    public async Task<ExtractRequestOutcome> RunAsync(Caller caller, string projectId, CancellationToken cancellationToken)
    {
        if (!caller.IsIn(Roles.Researcher))
        {
            return new ExtractRequestOutcome.Forbidden();
        }

        if (await projects.FindAsync(projectId, cancellationToken) is not { } project
            || !ResearchAccess.IsResearcherOf(caller, project.OrganizationId))
        {
            return new ExtractRequestOutcome.NotFound();
        }

        var now = clock.GetUtcNow();
        if (now >= project.ExpiresAt)
        {
            return new ExtractRequestOutcome.ProjectExpired(project);
        }

        var extract = new ResearchExtract(
            ResearchExtractIds.New(), project.ProjectId, project.OrganizationId, caller.ClientId, now,
            ExtractStatus.Queued, Attempt: 0, Processed: 0, Total: null, Summary: null, FinishedAt: null, Failure: null);
        await extracts.AddAsync(extract, cancellationToken);
        try
        {
            await jobs.StartAsync(extract.ExtractId, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "Research extract {ExtractId} is kept but its job could not be started now; it is taken up again later", extract.ExtractId);
        }

        return new ExtractRequestOutcome.Requested(extract);
    }
}
