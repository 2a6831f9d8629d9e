using CradleToCareer.Application.Disclosures;
using CradleToCareer.Domain.Research;
using Microsoft.Extensions.Logging;

namespace CradleToCareer.Application.Research;

/// <summary>
/// An extract's job (outcomes.md "Research extracts"), run in the background by whatever implements
/// <see cref="IExtractJobs"/>. Each run starts a fresh attempt in the store (dropping the chunks of any earlier one),
/// makes the file in two passes over the project's cohorts (see <see cref="ExtractAttempt"/>) and completes it with its
/// summary. When members leave between the passes so that a combination written falls below 11 rows, it starts over,
/// at most <see cref="MaxAttempts"/> attempts in a run, then fails the extract with a plain reason. When the store says
/// the attempt is no longer current, the run stops quietly: a newer run owns the extract. An exception fails nothing:
/// it propagates, and the runner tries again later with a new attempt.
/// </summary>
public sealed class RunResearchExtract(
    IResearchExtractStore extracts, IResearchProjectStore projects, ICohortMemberSource source, IDisclosureRecord disclosures,
    ResearchPseudonyms pseudonyms, TimeProvider clock, ILogger<RunResearchExtract> logger)
{
    public const int MaxAttempts = 3;

    public const string ProjectMissing = "The research project this extract was asked for under no longer exists.";

    public const string CohortsKeptChanging =
        "The cohorts kept changing while the extract was made, so it could not be written with every group at 11 rows "
        + "or more. Ask for a new extract later.";

    public async Task RunAsync(string extractId, CancellationToken cancellationToken)
    {
        for (var tries = 1; tries <= MaxAttempts; tries++)
        {
            if (await extracts.StartAsync(extractId, cancellationToken) is not { } attempt
                || await extracts.FindAsync(extractId, cancellationToken) is not { } extract)
            {
                return;
            }

            if (await projects.FindAsync(extract.ProjectId, cancellationToken) is not { } project)
            {
                await extracts.FailAsync(extractId, attempt, ProjectMissing, clock.GetUtcNow(), cancellationToken);
                return;
            }

            var end = await new ExtractAttempt(extracts, source, disclosures, pseudonyms, clock, extract, project, attempt)
                .RunAsync(cancellationToken);
            if (end != AttemptEnd.GroupsShrank)
            {
                return;
            }

            logger.LogInformation(
                "Research extract {ExtractId} attempt {Attempt}: a group fell below k while it was written", extractId, attempt);
            if (tries == MaxAttempts)
            {
                await extracts.FailAsync(extractId, attempt, CohortsKeptChanging, clock.GetUtcNow(), cancellationToken);
            }
        }
    }
}
