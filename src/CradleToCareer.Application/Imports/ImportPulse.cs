namespace CradleToCareer.Application.Imports;

/// <summary>An upload was stored and its job queued in this process: the import worker here need not wait for its next poll.</summary>
public sealed class ImportPulse : Pulse;
