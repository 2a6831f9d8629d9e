namespace CradleToCareer.Application.Identity;

/// <summary>The merge journal as the steward reads it: every merge, a steward's or the matcher's, with its undo if any.</summary>
public interface IMergeJournal
{
    /// <summary>Merges newest first, after the given merge id (the last of the previous page).</summary>
    Task<IReadOnlyList<JournaledMerge>> ListMergesAsync(int limit, string? after, CancellationToken cancellationToken);
}

/// <summary>One merge of the journal: who merged whom into whom, when and why, and its undo when undone.</summary>
public sealed record JournaledMerge(
    string MergeId,
    string SurvivorId,
    string MergedId,
    string Reason,
    string MergedBy,
    DateTimeOffset MergedAt,
    JournaledUndo? Undo);

/// <summary>The undo of a merge: who, when and, if given, why.</summary>
public sealed record JournaledUndo(string? Reason, string UndoneBy, DateTimeOffset UndoneAt);
