using System.Runtime.CompilerServices;
using System.Text;
using CradleToCareer.Application.Research;
using CradleToCareer.Domain.Research;

namespace CradleToCareer.Application.Tests.Research;

/// <summary>
/// Extracts held in a test with the store's attempt rules: a start begins a new attempt and drops earlier chunks; a
/// chunk, progress, completion or failure of an attempt that is not current changes nothing. Every call that changes
/// something is written to the scene's log, so a test can tell what happened before what.
/// </summary>
internal sealed class FakeResearchExtracts(List<string> log) : IResearchExtractStore
{
    private readonly Dictionary<string, ResearchExtract> _extracts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<byte[]>> _chunks = new(StringComparer.Ordinal);

    /// <summary>Runs after a chunk is kept, with its sequence: a test moves the store on (a newer attempt) here.</summary>
    public Action<string, int>? AfterChunk { get; set; }

    public int Starts { get; private set; }

    public List<(long Processed, long? Total)> Progress { get; } = [];

    public Task AddAsync(ResearchExtract extract, CancellationToken cancellationToken)
    {
        _extracts.Add(extract.ExtractId, extract);
        _chunks[extract.ExtractId] = [];
        return Task.CompletedTask;
    }

    public Task<ResearchExtract?> FindAsync(string extractId, CancellationToken cancellationToken) =>
        Task.FromResult(_extracts.GetValueOrDefault(extractId));

    public Task<IReadOnlyList<ResearchExtract>> ListAsync(string projectId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ResearchExtract>>(
            [.. _extracts.Values.Where(x => x.ProjectId == projectId).OrderByDescending(x => x.RequestedAt)]);

    public Task<IReadOnlyList<string>> UnfinishedAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<string>>(
            [.. _extracts.Values.Where(x => !ExtractStatus.IsFinished(x.Status)).OrderBy(x => x.RequestedAt).Select(x => x.ExtractId)]);

    public Task<int?> StartAsync(string extractId, CancellationToken cancellationToken)
    {
        if (!_extracts.TryGetValue(extractId, out var extract) || ExtractStatus.IsFinished(extract.Status))
        {
            return Task.FromResult<int?>(null);
        }

        Starts++;
        _extracts[extractId] = extract with { Status = ExtractStatus.Running, Attempt = extract.Attempt + 1, Processed = 0, Total = null };
        _chunks[extractId] = [];
        log.Add($"start {extract.Attempt + 1}");
        return Task.FromResult<int?>(extract.Attempt + 1);
    }

    /// <summary>What another run starting would do: the attempt in hand is no longer current.</summary>
    public void Overtake(string extractId) =>
        _extracts[extractId] = _extracts[extractId] with { Attempt = _extracts[extractId].Attempt + 1 };

    public Task ProgressAsync(string extractId, int attempt, long processed, long? total, CancellationToken cancellationToken)
    {
        if (IsCurrent(extractId, attempt))
        {
            _extracts[extractId] = _extracts[extractId] with { Processed = processed, Total = total };
            Progress.Add((processed, total));
            log.Add($"progress {processed}/{total}");
        }

        return Task.CompletedTask;
    }

    public Task<bool> AppendChunkAsync(string extractId, int attempt, int sequence, ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        if (!IsCurrent(extractId, attempt))
        {
            return Task.FromResult(false);
        }

        Assert.Equal(_chunks[extractId].Count, sequence);
        _chunks[extractId].Add(bytes.ToArray());
        log.Add($"chunk {sequence}");
        AfterChunk?.Invoke(extractId, sequence);
        return Task.FromResult(true);
    }

    public Task<bool> CompleteAsync(string extractId, int attempt, ExtractSummary summary, DateTimeOffset finishedAt, CancellationToken cancellationToken)
    {
        if (!IsCurrent(extractId, attempt))
        {
            return Task.FromResult(false);
        }

        _extracts[extractId] = _extracts[extractId] with { Status = ExtractStatus.Ready, Summary = summary, FinishedAt = finishedAt };
        log.Add("complete");
        return Task.FromResult(true);
    }

    public Task<bool> FailAsync(string extractId, int attempt, string reason, DateTimeOffset finishedAt, CancellationToken cancellationToken)
    {
        if (!IsCurrent(extractId, attempt))
        {
            return Task.FromResult(false);
        }

        _extracts[extractId] = _extracts[extractId] with { Status = ExtractStatus.Failed, Failure = reason, FinishedAt = finishedAt };
        _chunks[extractId] = [];
        log.Add("fail");
        return Task.FromResult(true);
    }

    public async IAsyncEnumerable<ReadOnlyMemory<byte>> ReadFileAsync(string extractId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (_extracts.GetValueOrDefault(extractId)?.Status != ExtractStatus.Ready)
        {
            yield break;
        }

        foreach (var chunk in _chunks[extractId])
        {
            await Task.Yield();
            yield return chunk;
        }
    }

    /// <summary>The chunks kept for the current attempt, in order.</summary>
    public IReadOnlyList<byte[]> ChunksOf(string extractId) => _chunks[extractId];

    /// <summary>The current attempt's file as text.</summary>
    public string FileOf(string extractId) => Encoding.UTF8.GetString([.. _chunks[extractId].SelectMany(c => c)]);

    private bool IsCurrent(string extractId, int attempt) =>
        _extracts.TryGetValue(extractId, out var extract) && extract.Attempt == attempt && !ExtractStatus.IsFinished(extract.Status);
}
