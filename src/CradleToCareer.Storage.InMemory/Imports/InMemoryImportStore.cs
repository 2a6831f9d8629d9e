using System.Runtime.CompilerServices;
using CradleToCareer.Application.Imports;
using CradleToCareer.Application.Ingest;

namespace CradleToCareer.Storage.InMemory.Imports;

/// <summary>Import jobs in this process's memory. One process has one worker, so a lock stands in for the database's row locks.</summary>
public sealed class InMemoryImportStore : IImportStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Entry> _jobs = new(StringComparer.Ordinal);

    public Task<bool> TryAddAsync(ImportJob job, int maxUnfinished, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        lock (_gate)
        {
            var unfinished = _jobs.Values.Count(entry =>
                entry.Job.OrganizationId == job.OrganizationId && entry.Job.Status is not ImportStatus.Done);
            if (unfinished >= maxUnfinished)
            {
                return Task.FromResult(false);
            }

            _jobs.Add(job.ImportId, new Entry(job with { Status = ImportStatus.Receiving }) { TurnAt = job.CreatedAt });
            return Task.FromResult(true);
        }
    }

    public Task AddChunkAsync(string importId, int sequence, IReadOnlyList<NdjsonLine> lines, CancellationToken cancellationToken)
    {
        var copy = lines.Select(line => line.Bytes is { } bytes ? line with { Bytes = bytes.ToArray() } : line).ToList();
        lock (_gate)
        {
            var entry = _jobs[importId];
            if (entry.Job.Status != ImportStatus.Receiving || entry.Chunks.ContainsKey(sequence))
            {
                throw new InvalidOperationException($"Chunk {sequence} of import {importId} cannot be added.");
            }

            entry.Chunks.Add(sequence, new StoredChunk(copy));
        }

        return Task.CompletedTask;
    }

    public Task<bool> SealAsync(string importId, long lines, CancellationToken cancellationToken) =>
        Task.FromResult(Change(importId, job => job.Status == ImportStatus.Receiving, job => job with { Status = ImportStatus.Queued, Lines = lines }));

    public Task AbandonAsync(string importId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_jobs.TryGetValue(importId, out var entry) && entry.Job.Status == ImportStatus.Receiving)
            {
                _jobs.Remove(importId);
            }
        }

        return Task.CompletedTask;
    }

    public Task<ImportJob?> FindAsync(string importId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_jobs.TryGetValue(importId, out var entry) ? entry.Job : null);
        }
    }

    public Task<IReadOnlyList<ImportJob>> ListAsync(string organizationId, string? after, int limit, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var cursor = after is null ? null : _jobs.GetValueOrDefault(after)?.Job;
            var listed = _jobs.Values
                .Select(entry => entry.Job)
                .Where(job => job.OrganizationId == organizationId && job.Status != ImportStatus.Receiving)
                .Where(job => after is null || (cursor is not null && Before(job, cursor)))
                .OrderByDescending(job => job.CreatedAt)
                .ThenByDescending(job => job.ImportId, StringComparer.Ordinal)
                .Take(limit);
            return Task.FromResult<IReadOnlyList<ImportJob>>([.. listed]);
        }
    }

    public Task<ImportJob?> ClaimAsync(string owner, DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var entry = _jobs.Values
                .Where(entry => (entry.Job.Status == ImportStatus.Queued && entry.TurnAt <= now)
                    || (entry.Job.Status == ImportStatus.Running && (entry.LeaseUntil < now || entry.LeaseOwner == owner)))
                .OrderByDescending(entry => entry.IsHeldBy(owner))
                .ThenBy(entry => entry.TurnAt)
                .ThenBy(entry => entry.Job.ImportId, StringComparer.Ordinal)
                .FirstOrDefault();
            if (entry is null)
            {
                return Task.FromResult<ImportJob?>(null);
            }

            entry.Job = entry.Job with { Status = ImportStatus.Running };
            entry.LeaseOwner = owner;
            entry.LeaseUntil = leaseUntil;
            return Task.FromResult<ImportJob?>(entry.Job);
        }
    }

    public Task<ImportChunk?> NextChunkAsync(string importId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var next = _jobs[importId].Chunks.Where(chunk => chunk.Value.Results is null).OrderBy(chunk => chunk.Key).FirstOrDefault();
            return Task.FromResult(next.Value is null ? null : new ImportChunk(next.Key, next.Value.Lines, next.Value.Failures));
        }
    }

    public Task<bool> EndTurnAsync(string importId, string owner, DateTimeOffset nextTurn, int? failedChunk, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (!_jobs.TryGetValue(importId, out var entry) || !entry.IsHeldBy(owner))
            {
                return Task.FromResult(false);
            }

            entry.Job = entry.Job with { Status = ImportStatus.Queued };
            entry.LeaseOwner = null;
            entry.TurnAt = nextTurn;
            if (failedChunk is { } sequence && entry.Chunks.TryGetValue(sequence, out var chunk))
            {
                chunk.Failures++;
            }

            return Task.FromResult(true);
        }
    }

    public Task<ImportsForgotten> ForgetAsync(
        DateTimeOffset doneBefore, DateTimeOffset receivingBefore, DateTimeOffset now, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var expired = _jobs.Values
                .Where(entry => entry.Job is { Status: ImportStatus.Done, ResultsDeletedAt: null } && entry.Job.FinishedAt < doneBefore)
                .ToList();
            foreach (var entry in expired)
            {
                entry.Chunks.Clear();
                entry.Job = entry.Job with { ResultsDeletedAt = now };
            }

            var dropped = _jobs.Values
                .Where(entry => entry.Job.Status == ImportStatus.Receiving && entry.Job.CreatedAt < receivingBefore)
                .Select(entry => entry.Job.ImportId)
                .ToList();
            dropped.ForEach(importId => _jobs.Remove(importId));
            return Task.FromResult(new ImportsForgotten(expired.Count, dropped.Count));
        }
    }

    public Task<bool> RecordAsync(
        string importId, string owner, int sequence, ImportChunkResults results, DateTimeOffset leaseUntil, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(results);
        lock (_gate)
        {
            if (!_jobs.TryGetValue(importId, out var entry) || !entry.IsHeldBy(owner)
                || !entry.Chunks.TryGetValue(sequence, out var chunk) || chunk.Results is not null)
            {
                return Task.FromResult(false);
            }

            chunk.Results = results.Ndjson.ToArray();
            chunk.Lines = [];
            entry.Job = entry.Job with { Processed = entry.Job.Processed + results.Counts.Total, Counts = entry.Job.Counts.Plus(results.Counts) };
            entry.LeaseUntil = leaseUntil;
            return Task.FromResult(true);
        }
    }

    public Task<bool> FinishAsync(string importId, string owner, DateTimeOffset finishedAt, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (!_jobs.TryGetValue(importId, out var entry) || !entry.IsHeldBy(owner) || entry.Chunks.Values.Any(chunk => chunk.Results is null))
            {
                return Task.FromResult(false);
            }

            entry.Job = entry.Job with { Status = ImportStatus.Done, FinishedAt = finishedAt };
            entry.LeaseOwner = null;
            return Task.FromResult(true);
        }
    }

    public async IAsyncEnumerable<ReadOnlyMemory<byte>> ReadResultsAsync(
        string importId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        byte[][] results;
        lock (_gate)
        {
            results = _jobs.TryGetValue(importId, out var entry)
                ? [.. entry.Chunks.OrderBy(chunk => chunk.Key).Select(chunk => chunk.Value.Results).OfType<byte[]>()]
                : [];
        }

        foreach (var chunk in results)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await Task.Yield();
            yield return chunk;
        }
    }

    private bool Change(string importId, Func<ImportJob, bool> when, Func<ImportJob, ImportJob> change)
    {
        lock (_gate)
        {
            if (!_jobs.TryGetValue(importId, out var entry) || !when(entry.Job))
            {
                return false;
            }

            entry.Job = change(entry.Job);
            return true;
        }
    }

    /// <summary>Whether <paramref name="job"/> comes after <paramref name="cursor"/> in the newest-first listing.</summary>
    private static bool Before(ImportJob job, ImportJob cursor) =>
        job.CreatedAt < cursor.CreatedAt
        || (job.CreatedAt == cursor.CreatedAt && string.CompareOrdinal(job.ImportId, cursor.ImportId) < 0);

    private sealed class Entry(ImportJob job)
    {
        public ImportJob Job { get; set; } = job;

        public string? LeaseOwner { get; set; }

        public DateTimeOffset LeaseUntil { get; set; }

        public DateTimeOffset TurnAt { get; set; }

        public SortedDictionary<int, StoredChunk> Chunks { get; } = [];

        public bool IsHeldBy(string owner) => Job.Status == ImportStatus.Running && LeaseOwner == owner;
    }

    private sealed class StoredChunk(IReadOnlyList<NdjsonLine> lines)
    {
        public IReadOnlyList<NdjsonLine> Lines { get; set; } = lines;

        public byte[]? Results { get; set; }

        public int Failures { get; set; }
    }
}
