namespace CradleToCareer.Application.Imports;

/// <summary>What asking for a job's results came to.</summary>
public abstract record ImportDownload
{
    private ImportDownload()
    {
    }

    public sealed record NotFound : ImportDownload;

    /// <summary>The job is not done yet; the results come once it is.</summary>
    public sealed record NotDone(ImportJob Job) : ImportDownload;

    /// <summary>The job is done, but its results were deleted once they had been kept long enough.</summary>
    public sealed record Deleted(ImportJob Job) : ImportDownload;

    /// <summary>Every line's result in line order, as NDJSON, read from storage one chunk at a time.</summary>
    public sealed record Ready(ImportJob Job, IAsyncEnumerable<ReadOnlyMemory<byte>> Chunks) : ImportDownload;
}

/// <summary>The per-line results of a done job of the caller's organization.</summary>
public sealed class ImportResults(ReadImports read, IImportStore store)
{
    public async Task<ImportDownload> RunAsync(Caller caller, string importId, CancellationToken cancellationToken) =>
        await read.FindAsync(caller, importId, cancellationToken) switch
        {
            null => new ImportDownload.NotFound(),
            { ResultsDeletedAt: not null } job => new ImportDownload.Deleted(job),
            { Status: ImportStatus.Done } job => new ImportDownload.Ready(job, store.ReadResultsAsync(importId, cancellationToken)),
            var job => new ImportDownload.NotDone(job),
        };
}
