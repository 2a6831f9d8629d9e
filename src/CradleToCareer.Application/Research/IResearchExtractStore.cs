using CradleToCareer.Domain.Research;

namespace CradleToCareer.Application.Research;

/// <summary>
/// Where extracts and their files are kept, durably. The file is written in numbered chunks under the job's attempt; a
/// chunk or a completion from an attempt that is no longer current changes nothing, so a job overtaken by its restart
/// can never mix its rows into the new file, and a file is offered only after <see cref="CompleteAsync"/>.
/// </summary>
public interface IResearchExtractStore
{
    /// <summary>Keeps a new extract (status queued, attempt 0).</summary>
    Task AddAsync(ResearchExtract extract, CancellationToken cancellationToken);

    Task<ResearchExtract?> FindAsync(string extractId, CancellationToken cancellationToken);

    /// <summary>The project's extracts, newest first.</summary>
    Task<IReadOnlyList<ResearchExtract>> ListAsync(string projectId, CancellationToken cancellationToken);

    /// <summary>The ids of extracts queued or running, oldest first: what a restart must take up again.</summary>
    Task<IReadOnlyList<string>> UnfinishedAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Starts a new attempt: status running, attempt one more, progress zero, every chunk of earlier attempts gone.
    /// Returns the new attempt number, or null when the extract is finished (or does not exist).
    /// </summary>
    Task<int?> StartAsync(string extractId, CancellationToken cancellationToken);

    /// <summary>Records progress of the attempt; nothing when the attempt is not current.</summary>
    Task ProgressAsync(string extractId, int attempt, long processed, long? total, CancellationToken cancellationToken);

    /// <summary>Appends chunk <paramref name="sequence"/> (0, 1, 2, ...) of the attempt's file; false when the attempt is not current.</summary>
    Task<bool> AppendChunkAsync(string extractId, int attempt, int sequence, ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken);

    /// <summary>Marks the attempt's file ready with its summary; false when the attempt is not current.</summary>
    Task<bool> CompleteAsync(string extractId, int attempt, ExtractSummary summary, DateTimeOffset finishedAt, CancellationToken cancellationToken);

    /// <summary>Marks the extract failed (its chunks dropped); false when the attempt is not current.</summary>
    Task<bool> FailAsync(string extractId, int attempt, string reason, DateTimeOffset finishedAt, CancellationToken cancellationToken);

    /// <summary>The ready file's chunks in order, read one at a time; nothing when the extract is not ready.</summary>
    IAsyncEnumerable<ReadOnlyMemory<byte>> ReadFileAsync(string extractId, CancellationToken cancellationToken);
}
