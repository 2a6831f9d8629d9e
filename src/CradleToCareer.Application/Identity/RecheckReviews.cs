using CradleToCareer.Application.Students;
using CradleToCareer.Domain.Identity;
using CradleToCareer.Domain.Matching;
using Microsoft.Extensions.Logging;

namespace CradleToCareer.Application.Identity;

/// <summary>How many open possible matches one re-check merged, closed and kept in the queue.</summary>
public sealed record RecheckSummary(int Merged, int Closed, int Kept);

/// <summary>
/// The matcher (<see cref="MatcherActor.ClientId"/>) revisits the open possible matches once the weights are re-estimated
/// (<see cref="ReviewRecheck"/>): pairs that now link are merged like its merges at ingest, pairs below the review threshold
/// leave the queue, the rest stay. A page at a time, each committed on its own under the ingest lock, so ingest waits for
/// one page at most; the profiles of merged persons are refreshed after each commit. Idempotent: a run cut short is
/// simply run again.
/// </summary>
public sealed class RecheckReviews(IReviewRecheckStore store, IStudentProfiles students, TimeProvider clock, ILogger<RecheckReviews> logger)
{
    /// <summary>Open possible matches read, planned and written in one transaction.</summary>
    public const int PageSize = 500;

    public async Task<RecheckSummary> RunAsync(MatchWeights weights, MatchThresholds thresholds, CancellationToken cancellationToken)
    {
        var recheck = new ReviewRecheck(weights, thresholds, clock.GetUtcNow());
        var summary = new RecheckSummary(0, 0, 0);
        RecheckPage page;
        string? after = null;
        do
        {
            page = await store.RecheckAsync(recheck, after, PageSize, cancellationToken);
            await students.RefreshAsync(page.Plan.Merges, logger);
            summary = new RecheckSummary(
                summary.Merged + page.Plan.Merges.Count, summary.Closed + page.Plan.Closed.Count, summary.Kept + page.Plan.Kept);
            after = page.LastReviewId;
        }
        while (page.Read == PageSize);

        logger.LogInformation(
            "Open possible matches re-checked under the re-estimated weights: {Merged} merged, {Closed} closed, {Kept} kept in the queue",
            summary.Merged, summary.Closed, summary.Kept);
        return summary;
    }
}
