using CradleToCareer.Application.Alerts;
namespace CradleToCareer.Storage.InMemory.Alerts;

/// <summary>The embedded default's sweep cursor, in process memory; it only moves forward.</summary>
public sealed class InMemoryAlertSweepCursor : IAlertSweepCursor
{
    private readonly Lock _gate = new();
    private long _lastSeq;

    public Task<long> ReadAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_lastSeq);
        }
    }

    public Task AdvanceAsync(long seq, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _lastSeq = Math.Max(_lastSeq, seq);
        }

        return Task.CompletedTask;
    }
}
