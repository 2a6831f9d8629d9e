using CradleToCareer.Application.Identity;
using CradleToCareer.Domain.Identity;

namespace CradleToCareer.Host.Tests.Grains;

/// <summary>Re-checks through the given store, but fails the next <see cref="FailuresLeft"/> calls first.</summary>
public sealed class FailingRechecks(IReviewRecheckStore store) : IReviewRecheckStore
{
    public int FailuresLeft { get; set; }

    public Task<RecheckPage> RecheckAsync(ReviewRecheck recheck, string? after, int limit, CancellationToken cancellationToken)
    {
        if (FailuresLeft > 0)
        {
            FailuresLeft--;
            throw new InvalidOperationException("The review queue is out of reach (test).");
        }

        return store.RecheckAsync(recheck, after, limit, cancellationToken);
    }
}
