namespace CradleToCareer.Application.Imports;

/// <summary>
/// The caller organization's import jobs. A job of another organization, or one still being uploaded, reads as not
/// found: its existence is not revealed.
/// </summary>
public sealed class ReadImports(IImportStore store)
{
    public const int MaxPageSize = 200;

    public async Task<ImportJob?> FindAsync(Caller caller, string importId, CancellationToken cancellationToken) =>
        ImportIds.IsWellFormed(importId)
        && await store.FindAsync(importId, cancellationToken) is { } job
        && job.OrganizationId == caller.OrganizationId
        && job.Status != ImportStatus.Receiving
            ? job
            : null;

    /// <summary>A page of the organization's jobs, newest first, after the job <paramref name="after"/> of an earlier page.</summary>
    public Task<IReadOnlyList<ImportJob>> ListAsync(Caller caller, string? after, int limit, CancellationToken cancellationToken) =>
        store.ListAsync(caller.OrganizationId, after, limit, cancellationToken);
}
