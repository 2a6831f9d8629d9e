using CradleToCareer.Application.Access;
using CradleToCareer.Application.Ingest;

namespace CradleToCareer.Application.Imports;

/// <summary>What receiving an upload came to.</summary>
public abstract record ImportReceipt
{
    private ImportReceipt()
    {
    }

    /// <summary>The caller's organization is not registered: nothing was kept.</summary>
    public sealed record UnknownOrganization : ImportReceipt;

    /// <summary>The organization has <paramref name="Limit"/> jobs receiving, queued or running already: nothing was kept.</summary>
    public sealed record TooMany(int Limit) : ImportReceipt;

    /// <summary>The body held no line: nothing was kept.</summary>
    public sealed record Empty : ImportReceipt;

    /// <summary>Every line is stored and the job queued.</summary>
    public sealed record Received(ImportJob Job) : ImportReceipt;
}

/// <summary>
/// Stores an upload as an import job of the caller's organization: the lines in chunks as they arrive (never the whole
/// file in memory), each line sealed (<see cref="ImportLineSealer"/>), then the job queued, waking this process's import
/// worker. An upload that breaks off (the reader throws) is dropped with its chunks, so nothing half-received is ever
/// ingested. An organization may have only so many jobs unfinished (receiving, queued or running) at once, so one
/// organization's flood of uploads, however many it starts at the same moment, cannot fill the queue every other
/// organization waits in; this is decided as an upload starts, before any of it is read.
/// </summary>
public sealed class ReceiveImport(IImportStore store, IAccessRegistry registry, ImportLineSealer sealer, ImportPulse queued, TimeProvider clock)
{
    /// <param name="maxUnfinished">The most jobs of one organization that may be receiving, queued or running.</param>
    public async Task<ImportReceipt> RunAsync(
        Caller caller, IAsyncEnumerable<NdjsonLine> lines, int chunkLines, int maxUnfinished, CancellationToken cancellationToken)
    {
        if (caller.OrganizationId.Length == 0 || await registry.GetOrganizationAsync(caller.OrganizationId, cancellationToken) is null)
        {
            return new ImportReceipt.UnknownOrganization();
        }

        var job = ImportJob.Receiving(ImportIds.New(), caller, clock.GetUtcNow());
        if (!await store.TryAddAsync(job, maxUnfinished, cancellationToken))
        {
            return new ImportReceipt.TooMany(maxUnfinished);
        }

        try
        {
            var count = await StoreChunksAsync(job.ImportId, lines, chunkLines, cancellationToken);
            if (count == 0)
            {
                await store.AbandonAsync(job.ImportId, cancellationToken);
                return new ImportReceipt.Empty();
            }

            await store.SealAsync(job.ImportId, count, cancellationToken);
            queued.Notify();
            return new ImportReceipt.Received(job with { Status = ImportStatus.Queued, Lines = count });
        }
        catch
        {
            await store.AbandonAsync(job.ImportId, CancellationToken.None);
            throw;
        }
    }

    private async Task<long> StoreChunksAsync(
        string importId, IAsyncEnumerable<NdjsonLine> lines, int chunkLines, CancellationToken cancellationToken)
    {
        var chunk = new List<NdjsonLine>(chunkLines);
        var sequence = 0;
        long count = 0;
        await foreach (var line in lines.WithCancellation(cancellationToken))
        {
            chunk.Add(line);
            count++;
            if (chunk.Count == chunkLines)
            {
                await store.AddChunkAsync(importId, sequence++, sealer.Seal(importId, chunk), cancellationToken);
                chunk = new List<NdjsonLine>(chunkLines);
            }
        }

        if (chunk.Count > 0)
        {
            await store.AddChunkAsync(importId, sequence, sealer.Seal(importId, chunk), cancellationToken);
        }

        return count;
    }
}
