using CradleToCareer.Storage.Postgres.Identity;
using Npgsql;

namespace CradleToCareer.Storage.Postgres.EventLog;

/// <summary>
/// What bounds one process's ingest sessions: how many run at once, and how many claims one locks one by one.
/// </summary>
/// <remarks>
/// A session waiting for claims holds its connection, so the slots are a third of the pool's connections: the sessions
/// holding claims must still find connections for the matcher's reads, and reads for theirs. The claim budget is read
/// from the server once (<see cref="IdentityLocks.MostClaimLocksAsync"/>).
/// </remarks>
internal sealed class SessionLimits(int poolSize)
{
    private int _mostClaimLocks;

    public SemaphoreSlim Slots { get; } = new(Math.Max(1, poolSize / 3));

    public async Task<int> MostClaimLocksAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        if (_mostClaimLocks == 0)
        {
            _mostClaimLocks = await IdentityLocks.MostClaimLocksAsync(connection, cancellationToken);
        }

        return _mostClaimLocks;
    }
}
