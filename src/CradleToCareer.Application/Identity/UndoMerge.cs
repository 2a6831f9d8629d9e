using CradleToCareer.Application.Students;
using CradleToCareer.Domain.Identity;

namespace CradleToCareer.Application.Identity;

/// <summary>
/// The steward undoes a merge: both persons are back exactly as before it. The undo is journaled with the steward,
/// the time and the reason, if one is given.
/// </summary>
public sealed class UndoMerge(IIdentityStore store, IStudentProfiles students, TimeProvider clock)
{
    public async Task<UndoOutcome> RunAsync(Caller steward, string mergeId, string? reason, CancellationToken cancellationToken)
    {
        var outcome = await store.UndoAsync(new UndoRequest(mergeId, reason?.Trim(), steward.ClientId, clock.GetUtcNow()), cancellationToken);
        if (outcome.Status == UndoStatus.Undone)
        {
            await Task.WhenAll(students.RefreshIdentityAsync(outcome.SurvivorId!), students.RefreshIdentityAsync(outcome.MergedId!));
        }

        return outcome;
    }
}
