using CradleToCareer.Application.Ingest;

namespace CradleToCareer.Application.Imports;

/// <summary>
/// Where import jobs, their lines (in numbered chunks) and their per-line results are kept, durably. A job is
/// <see cref="ImportStatus.Receiving"/> while its upload is stored, then queued until a worker claims it by a lease,
/// running while a worker holds it, and done once every chunk has its results. A worker holds a job for a turn of a
/// few chunks and then queues it again behind the jobs waiting longer, so jobs take turns. Only the lease's owner
/// records results, so a worker overtaken by another (its lease ran out) changes nothing.
/// </summary>
public interface IImportStore
{
    /// <summary>
    /// Keeps a new job, status receiving, unless its organization has <paramref name="maxUnfinished"/> jobs receiving,
    /// queued or running already; false, and nothing kept, then. The count and the insert are one step for the
    /// organization, so two uploads starting at the same moment cannot both take its last place.
    /// </summary>
    Task<bool> TryAddAsync(ImportJob job, int maxUnfinished, CancellationToken cancellationToken);

    /// <summary>Keeps chunk <paramref name="sequence"/> (0, 1, 2, ...) of a job that is still receiving.</summary>
    Task AddChunkAsync(string importId, int sequence, IReadOnlyList<NdjsonLine> lines, CancellationToken cancellationToken);

    /// <summary>Ends the upload: the job becomes queued with its line count. False when it was not receiving.</summary>
    Task<bool> SealAsync(string importId, long lines, CancellationToken cancellationToken);

    /// <summary>Drops a job still receiving, and its chunks: an upload that broke off is never processed.</summary>
    Task AbandonAsync(string importId, CancellationToken cancellationToken);

    /// <summary>The job, whatever its status; null when there is none.</summary>
    Task<ImportJob?> FindAsync(string importId, CancellationToken cancellationToken);

    /// <summary>
    /// The organization's jobs past receiving, newest first, at most <paramref name="limit"/>, starting after the job
    /// <paramref name="after"/> when it is given.
    /// </summary>
    Task<IReadOnlyList<ImportJob>> ListAsync(string organizationId, string? after, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// Claims the job whose turn came first: queued with its turn come by <paramref name="now"/> (a new job's turn is
    /// its upload), or running with its lease run out by then. It becomes running, held by <paramref name="owner"/>
    /// until <paramref name="leaseUntil"/>. A job <paramref name="owner"/> holds already comes back first. Null when
    /// there is none.
    /// </summary>
    Task<ImportJob?> ClaimAsync(string owner, DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken);

    /// <summary>The job's first chunk without results, with its failures so far; null when every chunk has them.</summary>
    Task<ImportChunk?> NextChunkAsync(string importId, CancellationToken cancellationToken);

    /// <summary>
    /// Ends <paramref name="owner"/>'s turn on a job: it is queued again, its next turn at <paramref name="nextTurn"/>.
    /// <paramref name="failedChunk"/>, when given, is the chunk whose ingest just failed: one more failure is counted
    /// on it, in the same statement. False (and nothing changed) when <paramref name="owner"/> no longer holds the job.
    /// </summary>
    Task<bool> EndTurnAsync(string importId, string owner, DateTimeOffset nextTurn, int? failedChunk, CancellationToken cancellationToken);

    /// <summary>
    /// Deletes the lines and results of jobs done before <paramref name="doneBefore"/>, keeping the job itself with
    /// <paramref name="now"/> as when its results went, and drops jobs still receiving that were created before
    /// <paramref name="receivingBefore"/>: uploads whose host died under them, which nobody will ever seal.
    /// </summary>
    Task<ImportsForgotten> ForgetAsync(
        DateTimeOffset doneBefore, DateTimeOffset receivingBefore, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// Stores the chunk's results, adds them to the job's progress and renews the lease, together; false (and nothing
    /// changed) when <paramref name="owner"/> no longer holds the job or the chunk has results already.
    /// </summary>
    Task<bool> RecordAsync(
        string importId, string owner, int sequence, ImportChunkResults results, DateTimeOffset leaseUntil, CancellationToken cancellationToken);

    /// <summary>Marks the job done when <paramref name="owner"/> holds it and every chunk has results; false otherwise.</summary>
    Task<bool> FinishAsync(string importId, string owner, DateTimeOffset finishedAt, CancellationToken cancellationToken);

    /// <summary>The results of every chunk in order, read one chunk at a time.</summary>
    IAsyncEnumerable<ReadOnlyMemory<byte>> ReadResultsAsync(string importId, CancellationToken cancellationToken);
}
