namespace CradleToCareer.Application.Exchange;

/// <summary>Wakes this process's push dispatcher the moment a request's change queues a push here.</summary>
public sealed class TranscriptPushPulse : Pulse;
