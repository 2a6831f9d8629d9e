namespace CradleToCareer.Application.EventLog;

/// <summary>One step of a walk along the log: the persons met, and how far the walk got.</summary>
public sealed record LoggedPersons(IReadOnlyList<string> PersonIds, long LastSeq);
