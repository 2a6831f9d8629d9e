using CradleToCareer.Application.Imports;

namespace CradleToCareer.Host.Imports;

/// <summary>How many of the processed lines came to each result status.</summary>
public sealed record ImportCountsView(long Accepted, long Duplicate, long Conflict, long Rejected);

/// <summary>
/// An import job as its organization reads it; <see cref="Results"/> is the results' address once it is done, until
/// they are deleted after the retention period (<see cref="ResultsDeletedAt"/>).
/// </summary>
public sealed record ImportView(
    string ImportId,
    string Status,
    long Lines,
    long Processed,
    ImportCountsView Counts,
    DateTimeOffset CreatedAt,
    DateTimeOffset? FinishedAt,
    string? Results,
    DateTimeOffset? ResultsDeletedAt)
{
    public static ImportView Of(ImportJob job) => new(
        job.ImportId,
        job.Status,
        job.Lines,
        job.Processed,
        new ImportCountsView(job.Counts.Accepted, job.Counts.Duplicate, job.Counts.Conflict, job.Counts.Rejected),
        job.CreatedAt,
        job.FinishedAt,
        job is { Status: ImportStatus.Done, ResultsDeletedAt: null } ? ImportsApi.ResultsPath(job.ImportId) : null,
        job.ResultsDeletedAt);
}

/// <summary>A page of the organization's jobs, newest first; <see cref="Next"/> is the cursor of the next page, if any.</summary>
public sealed record ImportPage(IReadOnlyList<ImportView> Items, string? Next);
