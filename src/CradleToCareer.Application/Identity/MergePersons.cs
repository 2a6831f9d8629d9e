using CradleToCareer.Application.Students;
using CradleToCareer.Domain.Events;
using CradleToCareer.Domain.Identity;

namespace CradleToCareer.Application.Identity;

/// <summary>What a steward's merge came to.</summary>
public abstract record MergePersonsOutcome
{
    private MergePersonsOutcome()
    {
    }

    /// <summary>The merge is not valid; each error names its field.</summary>
    public sealed record Invalid(IReadOnlyList<FieldError> Errors) : MergePersonsOutcome;

    /// <summary>The merge rules refuse it (<see cref="MergeRules"/>); nothing was journaled.</summary>
    public sealed record Refused(MergeOutcome Refusal, MergeRequest Request) : MergePersonsOutcome;

    /// <summary>Journaled as <paramref name="Request"/>; both persons' profiles already follow it.</summary>
    public sealed record Merged(MergeRequest Request) : MergePersonsOutcome;
}

/// <summary>
/// The steward merges one person into another: every record of the merged id belongs to the survivor, and the merged
/// id resolves to the survivor from then on. The merge is journaled with the steward, the time and the reason.
/// </summary>
public sealed class MergePersons(IIdentityStore store, IStudentProfiles students, TimeProvider clock)
{
    public async Task<MergePersonsOutcome> RunAsync(
        Caller steward, string? survivorId, string? mergedId, string? reason, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        Require(errors, "/survivorId", survivorId, "the person id that remains");
        Require(errors, "/mergedId", mergedId, "the person id merged into the survivor");
        Require(errors, "/reason", reason, "why the steward decided these are one person");
        if (errors.Count > 0)
        {
            return new MergePersonsOutcome.Invalid(errors);
        }

        var request = new MergeRequest(MergeRequest.NewId(), survivorId!, mergedId!, reason!.Trim(), steward.ClientId, clock.GetUtcNow());
        var outcome = PersonIds.IsWellFormed(request.SurvivorId) && PersonIds.IsWellFormed(request.MergedId)
            ? await store.MergeAsync(request, cancellationToken)
            : new MergeOutcome(PersonIds.IsWellFormed(request.SurvivorId) ? MergeStatus.MergedNotFound : MergeStatus.SurvivorNotFound);
        if (outcome.Status != MergeStatus.Merged)
        {
            return new MergePersonsOutcome.Refused(outcome, request);
        }

        await Task.WhenAll(students.RefreshIdentityAsync(request.SurvivorId), students.RefreshIdentityAsync(request.MergedId));
        return new MergePersonsOutcome.Merged(request);
    }

    private static void Require(List<FieldError> errors, string path, string? value, string what)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(new FieldError(path, $"is required: {what}"));
        }
    }
}
