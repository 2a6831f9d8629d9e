using CradleToCareer.Abstractions;
using CradleToCareer.Application.Views;

namespace CradleToCareer.Grains.Ports;

/// <summary>
/// The change pulse of a person is their <see cref="IStudentGrain"/>: a waiting call on whichever silo holds it, so a
/// page served by any silo hears of a change made on any other. A call that times out counts as no change.
/// </summary>
public sealed class GrainProfileChanges(IGrainFactory grains) : IProfileChanges
{
    public async Task<long> WaitAsync(string personId, long seen, TimeSpan wait, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            return await grains.Keyed<IStudentGrain>(personId).WaitForChangeAsync(seen, wait).WaitAsync(cancellationToken);
        }
        catch (TimeoutException)
        {
            return seen;
        }
    }
}
