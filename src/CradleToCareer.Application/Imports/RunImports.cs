using CradleToCareer.Application.Ingest;
using Microsoft.Extensions.Logging;

namespace CradleToCareer.Application.Imports;

/// <summary>
/// Runs import jobs: claims one by a lease, ingests its chunks in order as the job's caller (exactly as
/// <c>POST /v1/events</c> would), and stores each chunk's results right after its ingest, renewing the lease. A job taken
/// up again after a crash starts at its first chunk without results; the lines of that chunk the crashed attempt had
/// committed come back <c>duplicate</c>, so each line still has one result and each event is in the log once.
/// </summary>
public sealed class RunImports(IImportStore store, IngestLines ingest, TimeProvider clock, ILogger<RunImports> logger)
{
    /// <summary>
    /// Claims one job (or takes up again one this owner held) and runs it to the end; false when there was none. An
    /// exception (the database out of reach) leaves the job held: running again resumes it.
    /// </summary>
    public async Task<bool> RunOnceAsync(string owner, TimeSpan lease, int maxLineBytes, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (await store.ClaimAsync(owner, now, now + lease, cancellationToken) is not { } job)
        {
            return false;
        }

        var caller = job.Caller;
        while (await store.NextChunkAsync(job.ImportId, cancellationToken) is { } chunk)
        {
            var results = await ingest.RunAsync(caller, chunk.Lines, maxLineBytes, cancellationToken) ?? OrganizationGone(chunk);
            var recorded = await store.RecordAsync(
                job.ImportId, owner, chunk.Sequence, ImportLineResult.Chunk(chunk.Lines, results), clock.GetUtcNow() + lease, cancellationToken);
            if (!recorded)
            {
                logger.LogWarning("Import {ImportId} was taken over by another worker after its lease ran out", job.ImportId);
                return true;
            }
        }

        await store.FinishAsync(job.ImportId, owner, clock.GetUtcNow(), cancellationToken);
        return true;
    }

    private static EventResult[] OrganizationGone(ImportChunk chunk) =>
        [.. chunk.Lines.Select(line => IngestLines.Rejected(line.Number, "was not ingested: the importing organization is no longer registered"))];
}
