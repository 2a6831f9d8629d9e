namespace CradleToCareer.Domain.Identity;

public sealed record MergeRequest(string MergeId, string SurvivorId, string MergedId, string Reason, string StewardClientId, DateTimeOffset At)
{
    public static string NewId() => "m_" + Guid.NewGuid().ToString("N");
}

public sealed record UndoRequest(string MergeId, string? Reason, string StewardClientId, DateTimeOffset At);

public enum MergeStatus
{
    Merged,
    SurvivorNotFound,
    MergedNotFound,
    SurvivorMergedAway,
    AlreadyMerged,
    SamePerson,
}

public sealed record MergeOutcome(MergeStatus Status, string? SurvivorId = null, string? MergedId = null);

public enum UndoStatus
{
    Undone,
    NotFound,
    AlreadyUndone,
}

public sealed record UndoOutcome(UndoStatus Status, string? SurvivorId = null, string? MergedId = null);
