using CradleToCareer.Domain.Identity;

namespace CradleToCareer.Application.Identity;

/// <summary>
/// Re-checks open possible matches a page at a time: each page is read, planned (<see cref="ReviewRecheck.Plan"/>) and
/// written in one transaction under the ingest lock, as a batch's identity decisions are.
/// </summary>
public interface IReviewRecheckStore
{
    /// <summary>
    /// Re-checks up to <paramref name="limit"/> open possible matches whose review ids follow <paramref name="after"/> in
    /// ordinal order (all from the first when null).
    /// </summary>
    Task<RecheckPage> RecheckAsync(ReviewRecheck recheck, string? after, int limit, CancellationToken cancellationToken);
}

/// <summary>What one page of a re-check wrote.</summary>
/// <param name="Plan">The merges, closed and updated items of the page, committed.</param>
/// <param name="Read">How many open possible matches the page read; fewer than asked means it was the last.</param>
/// <param name="LastReviewId">Where the next page starts.</param>
public sealed record RecheckPage(ReviewRecheckPlan Plan, int Read, string? LastReviewId);
