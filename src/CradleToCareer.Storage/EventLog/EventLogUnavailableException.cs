namespace CradleToCareer.Storage.EventLog;

/// <summary>The event log's database could not be reached: nothing of the batch was committed, and a retry may succeed.</summary>
public sealed class EventLogUnavailableException(Exception inner)
    : Exception("The event log is unavailable; nothing was committed.", inner);
