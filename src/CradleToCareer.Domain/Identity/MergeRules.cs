namespace CradleToCareer.Domain.Identity;

/// <summary>When a merge is refused: both persons must exist, differ, and neither may be merged away already.</summary>
public static class MergeRules
{
    /// <param name="survivorNow">What the survivor id stands for now (null: no such person).</param>
    /// <param name="mergedNow">What the merged id stands for now (null: no such person).</param>
    public static MergeOutcome? Check(MergeRequest request, string? survivorNow, string? mergedNow) =>
        (survivorNow, mergedNow) switch
        {
            (null, _) => new MergeOutcome(MergeStatus.SurvivorNotFound),
            (_, null) => new MergeOutcome(MergeStatus.MergedNotFound),
            _ when request.SurvivorId == request.MergedId => new MergeOutcome(MergeStatus.SamePerson),
            _ when survivorNow != request.SurvivorId => new MergeOutcome(MergeStatus.SurvivorMergedAway, survivorNow),
            _ when mergedNow != request.MergedId => new MergeOutcome(MergeStatus.AlreadyMerged, mergedNow, request.MergedId),
            _ => null,
        };
}
