using CradleToCareer.Application.Research;
using CradleToCareer.Domain.Research;

namespace CradleToCareer.Storage.InMemory.Research;

/// <summary>
/// The embedded default's extracts and their files, in process memory, with the PostgreSQL store's rules: every change
/// happens under one lock and only while the attempt it names is current and the extract unfinished; a start or a
/// failure drops the file's chunks in the same step. An extract is asked for only under a kept project.
/// </summary>
public sealed class InMemoryResearchExtractStore(InMemoryResearchProjectStore projects) : IResearchExtractStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Kept> _extracts = new(StringComparer.Ordinal);

    /// <summary>Keeps the extract as new: queued, attempt 0, no progress, whatever the record says of its job.</summary>
    public Task AddAsync(ResearchExtract extract, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(extract);
        if (!projects.Contains(extract.ProjectId))
        {
            throw new InvalidOperationException($"Research project {extract.ProjectId} is not kept.");
        }

        var queued = extract with
        {
            Status = ExtractStatus.Queued, Attempt = 0, Processed = 0, Total = null, Summary = null, FinishedAt = null, Failure = null,
        };
        lock (_gate)
        {
            if (!_extracts.TryAdd(extract.ExtractId, new Kept(queued)))
            {
                throw new InvalidOperationException($"Research extract {extract.ExtractId} is kept already.");
            }
        }

        return Task.CompletedTask;
    }

    public Task<ResearchExtract?> FindAsync(string extractId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_extracts.TryGetValue(extractId, out var kept) ? kept.Extract : null);
        }
    }

    public Task<IReadOnlyList<ResearchExtract>> ListAsync(string projectId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ResearchExtract>>([.. Where(extract => extract.ProjectId == projectId)
            .OrderByDescending(extract => extract.RequestedAt).ThenByDescending(extract => extract.ExtractId, StringComparer.Ordinal)]);

    public Task<IReadOnlyList<string>> UnfinishedAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<string>>([.. Where(extract => !ExtractStatus.IsFinished(extract.Status))
            .OrderBy(extract => extract.RequestedAt).ThenBy(extract => extract.ExtractId, StringComparer.Ordinal)
            .Select(extract => extract.ExtractId)]);

    public Task<int?> StartAsync(string extractId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (!_extracts.TryGetValue(extractId, out var kept) || ExtractStatus.IsFinished(kept.Extract.Status))
            {
                return Task.FromResult<int?>(null);
            }

            kept.Extract = kept.Extract with
            {
                Status = ExtractStatus.Running, Attempt = kept.Extract.Attempt + 1, Processed = 0, Total = null,
            };
            kept.Chunks.Clear();
            return Task.FromResult<int?>(kept.Extract.Attempt);
        }
    }

    public Task ProgressAsync(string extractId, int attempt, long processed, long? total, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (Current(extractId, attempt) is { } kept)
            {
                kept.Extract = kept.Extract with { Processed = processed, Total = total };
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>Writing a sequence the attempt wrote already replaces it, as the PostgreSQL store does.</summary>
    public Task<bool> AppendChunkAsync(
        string extractId, int attempt, int sequence, ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(sequence);
        var copy = bytes.ToArray();
        lock (_gate)
        {
            if (Current(extractId, attempt) is not { } kept)
            {
                return Task.FromResult(false);
            }

            kept.Chunks[sequence] = copy;
            return Task.FromResult(true);
        }
    }

    public Task<bool> CompleteAsync(
        string extractId, int attempt, ExtractSummary summary, DateTimeOffset finishedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(summary);
        lock (_gate)
        {
            if (Current(extractId, attempt) is not { } kept)
            {
                return Task.FromResult(false);
            }

            kept.Extract = kept.Extract with { Status = ExtractStatus.Ready, Summary = summary, FinishedAt = finishedAt };
            return Task.FromResult(true);
        }
    }

    /// <summary>Fails the extract while <paramref name="attempt"/> is current and it is unfinished (queued, attempt 0, too).</summary>
    public Task<bool> FailAsync(string extractId, int attempt, string reason, DateTimeOffset finishedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reason);
        lock (_gate)
        {
            if (!_extracts.TryGetValue(extractId, out var kept) || kept.Extract.Attempt != attempt || ExtractStatus.IsFinished(kept.Extract.Status))
            {
                return Task.FromResult(false);
            }

            kept.Extract = kept.Extract with { Status = ExtractStatus.Failed, Failure = reason, FinishedAt = finishedAt };
            kept.Chunks.Clear();
            return Task.FromResult(true);
        }
    }

    public IAsyncEnumerable<ReadOnlyMemory<byte>> ReadFileAsync(string extractId, CancellationToken cancellationToken) =>
        ReadyChunks(extractId, cancellationToken).ToAsyncEnumerable();

    /// <summary>How many chunks the extract keeps, whatever its status; for tests.</summary>
    internal int ChunkCount(string extractId)
    {
        lock (_gate)
        {
            return _extracts.TryGetValue(extractId, out var kept) ? kept.Chunks.Count : 0;
        }
    }

    /// <summary>The ready file's chunks, each looked up under the lock when it is asked for.</summary>
    private IEnumerable<ReadOnlyMemory<byte>> ReadyChunks(string extractId, CancellationToken cancellationToken)
    {
        for (var index = 0; ; index++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            byte[] chunk;
            lock (_gate)
            {
                if (!_extracts.TryGetValue(extractId, out var kept) || kept.Extract.Status != ExtractStatus.Ready || index >= kept.Chunks.Count)
                {
                    yield break;
                }

                chunk = kept.Chunks.GetValueAtIndex(index);
            }

            yield return chunk;
        }
    }

    /// <summary>The kept extract when <paramref name="attempt"/> is its current one and running; call under the lock.</summary>
    private Kept? Current(string extractId, int attempt) =>
        _extracts.TryGetValue(extractId, out var kept) && kept.Extract.Attempt == attempt && kept.Extract.Status == ExtractStatus.Running
            ? kept
            : null;

    private List<ResearchExtract> Where(Func<ResearchExtract, bool> condition)
    {
        lock (_gate)
        {
            return [.. _extracts.Values.Select(kept => kept.Extract).Where(condition)];
        }
    }

    /// <summary>One extract and its file's chunks by sequence; changed only under the store's lock.</summary>
    private sealed class Kept(ResearchExtract extract)
    {
        public ResearchExtract Extract { get; set; } = extract;

        public SortedList<int, byte[]> Chunks { get; } = [];
    }
}
